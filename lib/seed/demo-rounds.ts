import "server-only";
import { createTeamRound, type SeedRespondent } from "./create-team-round";
import { demoDate } from "./demo-workspace";

export const DEMO_ROUND_CLIENT = "Ziekenhuis De Waterlinie";
const TEAMS = ["Spoedeisende hulp", "Polikliniek", "Verpleegafdeling"];

/** A hospital where the board sees leadership far more brightly than the wards do (a perception gap). */
function respondents(lift: number): SeedRespondent[] {
  const board = { leadership: 78 + lift, culture: 62 + lift, strategy: 70 + lift };
  const managers = { leadership: 58 + lift, culture: 50 + lift, processes: 44 + lift };
  const staff = { leadership: 36 + lift, culture: 48 + lift, processes: 38 + lift, interfunctional: 34 + lift };
  return [
    ...Array.from({ length: 3 }, () => ({ role: "board", targets: board })),
    ...Array.from({ length: 4 }, (_, i) => ({ role: "manager", team: TEAMS[i % 3], targets: managers })),
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
      respondents: respondents(index * 8),
      closedAt: demoDate(now, monthsAgo, 40 + index),
      seed: 70 + index,
    });
  }
}
