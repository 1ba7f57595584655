import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { type ScoreResult, scoreAssessment } from "@/lib/scoring";
import { toAnswerInputs } from "./answer-inputs";

export type AssessmentResults = {
  assessment: {
    organisationName: string;
    respondentRole: string;
    team: string | null;
    submittedAt: Date | null;
    shareToken: string;
  };
  questionnaire: Questionnaire;
  result: ScoreResult;
};

/** Results of a submitted assessment, scored with the exact questionnaire version it was answered on. */
export const getResultsByShareToken = cache(
  async ({ shareToken }: { shareToken: string }): Promise<AssessmentResults | null> => {
    const row = await db.assessment.findUnique({
      where: { shareToken },
      include: { answers: { select: { itemId: true, value: true } } },
    });
    if (row?.status !== "submitted") return null;
    const questionnaire = getQuestionnaire(row.questionnaireId, row.questionnaireVersion);
    if (!questionnaire) return null;
    return {
      assessment: {
        organisationName: row.organisationName,
        respondentRole: row.respondentRole,
        team: row.team,
        submittedAt: row.submittedAt,
        shareToken: row.shareToken,
      },
      questionnaire,
      result: scoreAssessment(questionnaire, toAnswerInputs(row.answers)),
    };
  },
);
