import type { Questionnaire } from "../questionnaire/schema";
import { InvalidAnswersError, scoreAssessment } from "../scoring";
import { aggregateRound } from "./aggregate-round";
import { RoundInputError, type RoundInputIssue } from "./round-input-error";
import type { RoundAggregate, RoundAnswerValue, RoundResponse } from "./types";

export type RawRoundResponse = {
  role: string;
  team?: string | null;
  answers: Readonly<Record<string, RoundAnswerValue>>;
};

/**
 * "dk" counts like "na" for the score (neither is a scale answer); it is handed to scoreAssessment as
 * "na" so this works whether or not the scoring library's AnswerValue knows "dk". The distributions
 * still count "dk" and "na" apart from the original answers.
 */
function scoreDomains(q: Questionnaire, response: RawRoundResponse, path: string): RoundResponse["domainScores"] {
  const answers = Object.entries(response.answers).map(([itemId, value]) => ({
    itemId,
    value: value === "dk" ? ("na" as const) : value,
  }));
  try {
    return scoreAssessment(q, answers).domains.map(({ domainId, score }) => ({ domainId, score }));
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    const issues: RoundInputIssue[] = error.issues.map((issue) => ({
      path: `${path}.answers.${issue.itemId}`,
      message: issue.message,
    }));
    throw new RoundInputError(issues);
  }
}

/** Scores each response's raw answers with scoreAssessment, then aggregates the round (used by the CLI). */
export function aggregateAnswers({
  questionnaire,
  responses,
  minGroupSize,
}: {
  questionnaire: Questionnaire;
  responses: ReadonlyArray<RawRoundResponse>;
  minGroupSize?: number | null;
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
  return aggregateRound({ questionnaire, responses: scored, minGroupSize });
}
