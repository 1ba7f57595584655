import "server-only";
import { cache } from "react";
import { SERIES_ORDER_BY_NEWEST_FIRST } from "@/lib/history/series";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { applySnapshot } from "@/lib/scan-rules/apply-snapshot";
import { type ScoreResult, scoreResponse } from "@/lib/scoring";
import { toAnswerInputs } from "@/lib/scoring/answer-inputs";
import { db } from "@/lib/server/db/db";

export type ScanResults = {
  scan: {
    organisationName: string;
    respondentRole: string;
    team: string | null;
    submittedAt: Date | null;
    shareToken: string;
  };
  questionnaire: Questionnaire;
  result: ScoreResult;
  /** The scan of the same series (same client, same kind of respondent) submitted just before this one. */
  previous: PreviousScores | null;
};

export type PreviousScores = {
  submittedAt: Date;
  questionnaireId: string;
  questionnaireVersion: number;
  overallScore: number | null;
  domains: Array<{ domainId: string; score: number | null }>;
};

type SeriesScan = { id: string; clientId: string | null; series: string; submittedAt: Date | null };

/** Where and order that find the scan of the same series submitted just before `scan`; null when it has none. */
export function previousInSeriesQuery(scan: SeriesScan) {
  if (!scan.clientId || !scan.submittedAt) return null;
  return {
    where: {
      clientId: scan.clientId,
      series: scan.series,
      id: { not: scan.id },
      // Before it in series order (lib/history/series.ts): earlier, or submitted in the same instant with a lower id.
      OR: [{ submittedAt: { lt: scan.submittedAt } }, { submittedAt: scan.submittedAt, id: { lt: scan.id } }],
    },
    orderBy: SERIES_ORDER_BY_NEWEST_FIRST,
  };
}

export async function findPreviousInSeries(scan: SeriesScan): Promise<PreviousScores | null> {
  const query = previousInSeriesQuery(scan);
  if (!query) return null;
  const previous = await db.scan.findFirst({
    ...query,
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

/** Results of a submitted self-scan: its snapshot, with the detail of the questionnaire version it was answered on. */
export const getResultsByShareToken = cache(
  async ({ shareToken }: { shareToken: string }): Promise<ScanResults | null> => {
    const scan = await db.scan.findUnique({
      where: { resultsToken: shareToken },
      include: {
        domainScores: { select: { domainId: true, score: true, level: true } },
        responses: {
          take: 1,
          select: { role: true, team: true, answers: { select: { itemId: true, value: true, nonAnswer: true } } },
        },
      },
    });
    const response = scan?.responses[0];
    if (scan?.kind !== "self" || !scan.submittedAt || !response) return null;
    const questionnaire = getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
    if (!questionnaire) return null;
    return {
      scan: {
        organisationName: scan.organisationName,
        respondentRole: response.role,
        team: response.team,
        submittedAt: scan.submittedAt,
        shareToken: scan.resultsToken,
      },
      questionnaire,
      result: applySnapshot(
        questionnaire,
        scoreResponse(questionnaire, toAnswerInputs(response.answers), { role: response.role }),
        scan,
      ),
      previous: await findPreviousInSeries(scan),
    };
  },
);
