// The benchmark's data (scripts/bench.ts), made through the app's own data layer, except the 20,000 dashboard
// scans, inserted in bulk by tests/factories/dashboard-scans.ts (shared with the dashboard performance test).
// Imported only after DATABASE_URL points at the throw-away database (lib/server/db/db reads it when first imported).

import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { answersForProfile } from "@/lib/seed/answers-for-profile";
import { createScan } from "@/lib/server/scans/create-scan";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { createConsultant } from "@/lib/server/seed/create-consultant";
import { createTeamRound } from "@/lib/server/seed/create-team-round";
import { seedDashboardScans } from "@/tests/factories/dashboard-scans";

export const BENCH_PASSWORD = "paarse olifant fietst naar huis";

function questionnaireOfKind(kind: "full" | "quick"): Questionnaire {
  const questionnaire = getLatestByKind(kind);
  if (!questionnaire) throw new Error(`no ${kind} questionnaire`);
  return questionnaire;
}

/** `clients` clients with `scans` submitted quick self-scans each, summaries filled in, in one workspace. */
export async function seedDashboard({
  workspaceId,
  clients,
  scans,
}: {
  workspaceId: string;
  clients: number;
  scans: number;
}): Promise<{ clientIds: string[] }> {
  const summaries = await seedDashboardScans({
    workspaceId,
    questionnaire: questionnaireOfKind("quick"),
    clients,
    scans,
    idPrefix: "bench",
    namePrefix: "Benchklant",
  });
  return { clientIds: summaries.map((c) => c.id) };
}

export async function seedConsultant(): Promise<{ email: string; workspaceId: string }> {
  const email = "bench@example.nl";
  const { workspaceId } = await createConsultant({ email, name: "Bench Adviseur", password: BENCH_PASSWORD });
  return { email, workspaceId };
}

/** A submitted full self-scan (its results page) and an open one (its questionnaire and review pages). */
export async function seedSelfScans(): Promise<{ openToken: string; shareToken: string }> {
  const full = questionnaireOfKind("full");
  const answers = answersForProfile(full, { leadership: 40, culture: 60 }, { seed: 5, notApplicableRate: 0.1 });
  const start = () =>
    createScan({
      input: { questionnaireId: full.id, organisationName: "Bench BV", respondentRole: "manager", locale: "nl" },
    });
  const done = await start();
  const open = await start();
  if (!done.ok || !open.ok) throw new Error("seedSelfScans: could not start a scan");
  await saveAnswers({ resumeToken: done.resumeToken, answers });
  const submitted = await submitResponse({ resumeToken: done.resumeToken });
  if (!submitted.ok) throw new Error(`seedSelfScans: ${submitted.error}`);
  await saveAnswers({ resumeToken: open.resumeToken, answers: answers.slice(0, answers.length - 4) });
  return { openToken: open.resumeToken, shareToken: submitted.shareToken };
}

/** A closed quick round with `respondents` submitted responses, through join, save, submit and close. */
export async function seedClosedRound(respondents: number): Promise<{ resultsToken: string }> {
  const roles = ["board", "manager", "employee"];
  const teams = ["Sales", "Service", "Operations", "Finance"];
  const round = await createTeamRound({
    organisationName: "Bench Ronde BV",
    roles,
    teams,
    respondents: Array.from({ length: respondents }, (_, i) => ({
      role: roles[i % roles.length] ?? "employee",
      team: teams[i % teams.length] ?? "",
      targets: { leadership: 30 + (i % 40), culture: 70 - (i % 30) },
    })),
    closedAt: new Date(),
  });
  return { resultsToken: round.resultsToken };
}

/** An open quick round with `respondents` joined, unanswered responses: the rows autosave writes to. */
export async function seedOpenRound(
  respondents: number,
): Promise<{ resumeTokens: string[]; itemIds: string[]; values: number[] }> {
  const quick = questionnaireOfKind("quick");
  const round = await createTeamRound({
    organisationName: "Bench Autosave BV",
    roles: ["employee"],
    respondents: [],
  });
  const { joinRound } = await import("@/lib/server/rounds/join-round");
  const resumeTokens: string[] = [];
  for (let i = 0; i < respondents; i += 1) {
    const joined = await joinRound({ teamToken: round.teamToken, role: "employee", team: "", locale: "nl" });
    if (!joined.ok) throw new Error(`seedOpenRound: ${joined.error}`);
    resumeTokens.push(joined.resumeToken);
  }
  return {
    resumeTokens,
    itemIds: quick.items.map((item) => item.id),
    values: quick.scale.points.map((point) => point.value),
  };
}
