import "server-only";
import { createTeamRound, type SeedRespondent } from "@/lib/server/seed/create-team-round";
import { demoDate } from "@/lib/server/seed/demo-workspace";

export const DEMO_ROUND_CLIENT = "Ziekenhuis De Waterlinie";
const TEAMS = ["Spoedeisende hulp", "Polikliniek", "Verpleegafdeling"];

type Targets = Record<string, number>;

function lifted(targets: Targets, lift: number): Targets {
  return Object.fromEntries(Object.entries(targets).map(([domain, score]) => [domain, score + lift]));
}

/**
 * A hospital where the board sees leadership far more brightly than the wards do (a perception gap). In the
 * later round every group scores higher and the wards most of all, so the gap narrows and the hospital moves
 * from aware to developing.
 */
function respondents(round: number): SeedRespondent[] {
  const board = lifted(
    { leadership: 68, culture: 52, strategy: 60, interfunctional: 40, processes: 38, hr: 42 },
    round * 10,
  );
  const managers = lifted(
    { leadership: 48, culture: 40, strategy: 42, interfunctional: 34, processes: 34, hr: 38 },
    round * 14,
  );
  const staff = lifted(
    { leadership: 26, culture: 38, strategy: 32, interfunctional: 24, processes: 28, hr: 34 },
    round * 18,
  );
  return [
    ...Array.from({ length: 3 }, () => ({ role: "board", targets: board })),
    // Managers answer for the hospital as a whole, staff for their ward: every role × team cell holds at least the
    // minimum of 3, so both the roles and the teams are shown (lib/aggregation/cross-breakdown.ts).
    ...Array.from({ length: 4 }, () => ({ role: "manager", targets: managers })),
    ...Array.from({ length: 9 }, (_, i) => ({ role: "employee", team: TEAMS[i % 3], targets: staff })),
    { role: "employee", team: TEAMS[0], targets: staff, submit: false },
  ];
}

/** Two closed team rounds for the demo hospital, so its history opens on team rounds. */
export async function seedDemoRounds({ clientId, now }: { clientId: string; now: Date }): Promise<void> {
  for (const [index, monthsAgo] of [8, 2].entries()) {
    await createTeamRound({
      organisationName: DEMO_ROUND_CLIENT,
      clientId,
      kind: "quick",
      teams: TEAMS,
      respondents: respondents(index),
      closedAt: demoDate(now, monthsAgo, 40 + index),
      seed: 70 + index,
    });
  }
}
