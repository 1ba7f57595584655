import "server-only";
import { cache } from "react";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { DEFAULT_SCOPE, type Scope, toScope } from "@/lib/questionnaire/scopes";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import type { AnswerValue } from "@/lib/scoring";
import { toAnswerValue } from "@/lib/scoring/answer-inputs";
import { db } from "@/lib/server/db/db";

export type ScanState = {
  response: {
    id: string;
    resumeToken: string;
    /** The scan's results link; for a team round only its organiser and those they share it with see it. */
    shareToken: string;
    status: string;
    organisationName: string;
    respondentRole: string;
    team: string | null;
    createdAt: Date;
  };
  scan: {
    id: string;
    kind: "self" | "team";
    /** A round that was closed by hand or whose closing date has passed: nothing more is stored. */
    closed: boolean;
    closesAt: Date | null;
    organiserRole: string | null;
    minGroupSize: number;
    /** What the respondent answers for; self-scans always the organisation. */
    scope: Scope;
    roles: string[];
    teams: string[];
  };
  questionnaire: Questionnaire;
  answers: Record<string, AnswerValue>;
};

/** What the respondent sees while answering; null for an unknown token. */
export const getScanState = cache(async ({ resumeToken }: { resumeToken: string }): Promise<ScanState | null> => {
  const row = await db.response.findUnique({
    where: { resumeToken },
    include: {
      answers: { select: { itemId: true, value: true, nonAnswer: true } },
      scan: {
        select: {
          id: true,
          kind: true,
          status: true,
          closesAt: true,
          organisationName: true,
          resultsToken: true,
          questionnaireId: true,
          questionnaireVersion: true,
          organiserRole: true,
          minGroupSize: true,
          scope: true,
          roles: true,
          teams: true,
        },
      },
    },
  });
  if (!row) return null;
  const { scan } = row;
  const questionnaire = getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  if (!questionnaire) throw new Error(`Questionnaire ${scan.questionnaireId} v${scan.questionnaireVersion} is missing`);
  return {
    response: {
      id: row.id,
      resumeToken: row.resumeToken,
      shareToken: scan.resultsToken,
      status: row.status,
      organisationName: scan.organisationName,
      respondentRole: row.role,
      team: row.team,
      createdAt: row.createdAt,
    },
    scan: {
      id: scan.id,
      kind: scan.kind === "team" ? "team" : "self",
      closed: scan.kind === "team" && isRoundClosed(scan),
      closesAt: scan.closesAt,
      organiserRole: scan.organiserRole,
      minGroupSize: scan.minGroupSize,
      scope: scan.kind === "team" ? toScope(scan.scope) : DEFAULT_SCOPE,
      roles: parseLines(scan.roles),
      teams: parseLines(scan.teams),
    },
    questionnaire,
    answers: Object.fromEntries(row.answers.map((a) => [a.itemId, toAnswerValue(a)])),
  };
});
