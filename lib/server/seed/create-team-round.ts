import { EXPECTED_RESPONDENTS } from "@/lib/scan-rules/round-minimums";
import "server-only";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { answersForProfile } from "@/lib/seed/answers-for-profile";
import { db } from "@/lib/server/db/db";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createRound } from "@/lib/server/rounds/create-round";
import { joinRound } from "@/lib/server/rounds/join-round";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";

export type SeedRespondent = {
  role: string;
  team?: string;
  /** Score (0–100) each domain should land near; others near 50. */
  targets?: Readonly<Record<string, number>>;
  /** false: started (about half answered) but not submitted. Default true. */
  submit?: boolean;
};

/**
 * A team round answered through the same data layer as the app: opened, joined through the team link by each
 * respondent, answered, submitted and (optionally) closed, then dated to `closedAt`.
 */
export async function createTeamRound({
  organisationName,
  clientId = null,
  kind = "quick",
  roles = ["board", "manager", "employee"],
  teams = [],
  minGroupSize = 3,
  respondents,
  closedAt,
  seed = 1,
}: {
  organisationName: string;
  clientId?: string | null;
  kind?: "full" | "quick";
  roles?: string[];
  teams?: string[];
  minGroupSize?: number;
  respondents: readonly SeedRespondent[];
  /** Close the round and date its result; omitted: the round stays open. */
  closedAt?: Date;
  seed?: number;
}): Promise<{
  scanId: string;
  organiserToken: string;
  resultsToken: string;
  teamToken: string;
  resumeTokens: string[];
}> {
  const questionnaire = getLatestByKind(kind);
  if (!questionnaire) throw new Error(`createTeamRound: no ${kind} questionnaire`);
  const created = await createRound({
    input: {
      organisationName,
      organiserRole: "",
      kind,
      locale: "nl",
      closesAt: null,
      roles,
      teams,
      minGroupSize,
      // Seeded rounds join their respondents through the team link; benchmarks join many more later.
      expectedRespondents: EXPECTED_RESPONDENTS.max,
    },
    clientId,
  });
  if (!created.ok) throw new Error(`createTeamRound: ${created.error}`);
  const scan = await db.scan.findUniqueOrThrow({
    where: { id: created.scanId },
    select: { teamToken: true, resultsToken: true },
  });
  const teamToken = scan.teamToken ?? "";
  const resumeTokens: string[] = [];
  for (const [index, r] of respondents.entries()) {
    const joined = await joinRound({ teamToken, role: r.role, team: r.team ?? "", locale: "nl" });
    if (!joined.ok) throw new Error(`createTeamRound: ${joined.error}`);
    const answers = answersForProfile(questionnaire, r.targets ?? {}, {
      seed: seed * 1000 + index,
      notApplicableRate: 0.05,
    });
    const submit = r.submit ?? true;
    const saved = await saveAnswers({
      resumeToken: joined.resumeToken,
      answers: submit ? answers : answers.slice(0, Math.ceil(answers.length / 2)),
    });
    if (!saved.ok) throw new Error(`createTeamRound: ${saved.error}`);
    if (submit) {
      const submitted = await submitResponse({ resumeToken: joined.resumeToken });
      if (!submitted.ok) throw new Error(`createTeamRound: ${submitted.error}`);
    }
    resumeTokens.push(joined.resumeToken);
  }
  if (closedAt) {
    await closeRound({ scanId: created.scanId });
    await db.scan.update({
      where: { id: created.scanId },
      data: { closedAt, submittedAt: closedAt, createdAt: new Date(closedAt.getTime() - 14 * 86_400_000) },
    });
    // The summary was written with today's date at close; it must follow the real order.
    if (clientId) await refreshClientSummary(db, clientId);
  }
  return {
    scanId: created.scanId,
    organiserToken: created.organiserToken,
    resultsToken: scan.resultsToken,
    teamToken,
    resumeTokens,
  };
}
