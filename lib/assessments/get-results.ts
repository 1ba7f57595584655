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
  /** The client's scan submitted just before this one, for comparison on the radar. */
  previous: PreviousScores | null;
};

export type PreviousScores = {
  submittedAt: Date;
  questionnaireId: string;
  questionnaireVersion: number;
  overallScore: number | null;
  domains: Array<{ domainId: string; score: number | null }>;
};

async function findPreviousScores(clientId: string | null, submittedAt: Date | null): Promise<PreviousScores | null> {
  if (!clientId || !submittedAt) return null;
  const previous = await db.assessment.findFirst({
    where: { clientId, status: "submitted", submittedAt: { lt: submittedAt } },
    orderBy: { submittedAt: "desc" },
    select: {
      submittedAt: true,
      questionnaireId: true,
      questionnaireVersion: true,
      overallScore: true,
      domainScores: { select: { domainId: true, score: true } },
    },
  });
  if (!previous?.submittedAt) return null;
  return { ...previous, submittedAt: previous.submittedAt, domains: previous.domainScores };
}

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
      previous: await findPreviousScores(row.clientId, row.submittedAt),
    };
  },
);
