import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { AnswerValue } from "@/lib/scoring";

export type ScanState = {
  assessment: {
    id: string;
    resumeToken: string;
    shareToken: string;
    status: string;
    organisationName: string;
    respondentRole: string;
    team: string | null;
    createdAt: Date;
  };
  questionnaire: Questionnaire;
  answers: Record<string, AnswerValue>;
};

/** What the respondent sees while answering; null for an unknown token. */
export const getScanState = cache(async ({ resumeToken }: { resumeToken: string }): Promise<ScanState | null> => {
  const row = await db.assessment.findUnique({
    where: { resumeToken },
    include: { answers: { select: { itemId: true, value: true } } },
  });
  if (!row) return null;
  const questionnaire = getQuestionnaire(row.questionnaireId, row.questionnaireVersion);
  if (!questionnaire) throw new Error(`Questionnaire ${row.questionnaireId} v${row.questionnaireVersion} is missing`);
  const { answers, ...assessment } = row;
  return {
    assessment,
    questionnaire,
    answers: Object.fromEntries(answers.map((a) => [a.itemId, a.value ?? "na"])),
  };
});
