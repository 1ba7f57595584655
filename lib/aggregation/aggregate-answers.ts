import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { RoundInputError, type RoundInputIssue } from "@/lib/aggregation/round-input-error";
import type { RoundAggregate, RoundAnswerValue, RoundResponse } from "@/lib/aggregation/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { InvalidAnswersError, scoreResponse } from "@/lib/scoring";

export type RawRoundResponse = {
  role: string;
  team?: string | null;
  answers: Readonly<Record<string, RoundAnswerValue>>;
};

/** Scores one raw response with the scoring library, so a round counts each answer exactly as a self-scan does. */
function scoreDomains(q: Questionnaire, response: RawRoundResponse, path: string): RoundResponse["domainScores"] {
  // On a scale without a separate "don't know" (v1), "dk" is its one non-answer, "na".
  const answers = Object.entries(response.answers).map(([itemId, value]) => ({
    itemId,
    value: value === "dk" && !q.scale.dontKnow ? ("na" as const) : value,
  }));
  try {
    return scoreResponse(q, answers).domains.map(({ domainId, score }) => ({ domainId, score }));
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    const issues: RoundInputIssue[] = error.issues.map((issue) => ({
      path: `${path}.answers.${issue.itemId}`,
      message: issue.message,
    }));
    throw new RoundInputError(issues);
  }
}

/** Scores each response's raw answers with scoreResponse, then aggregates the round (used by the CLI). */
export function aggregateAnswers({
  questionnaire,
  responses,
  minGroupSize,
  minDistribution,
  roleOrder,
  teamOrder,
}: {
  questionnaire: Questionnaire;
  responses: ReadonlyArray<RawRoundResponse>;
  minGroupSize?: number | null;
  minDistribution?: number | null;
  roleOrder?: ReadonlyArray<string>;
  teamOrder?: ReadonlyArray<string>;
}): RoundAggregate {
  const issues: RoundInputIssue[] = [];
  const scored = responses.map((response, i) => {
    try {
      return { ...response, domainScores: scoreDomains(questionnaire, response, `responses[${i}]`) };
    } catch (error) {
      if (!(error instanceof RoundInputError)) throw error;
      issues.push(...error.issues);
      return { ...response, domainScores: [] };
    }
  });
  if (issues.length > 0) throw new RoundInputError(issues);
  return aggregateRound({ questionnaire, responses: scored, minGroupSize, minDistribution, roleOrder, teamOrder });
}
