import { domainResultsFromRound } from "@/lib/aggregation/round-domain-results";
import type { RoundAggregate } from "@/lib/aggregation/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { AnswerInput, ScoreResult } from "@/lib/scoring";
import { focusedPlan } from "@/lib/scoring/focused-plan";
import { prioritiseRecommendations } from "@/lib/scoring/prioritise-recommendations";

/**
 * The median scale answer of each statement whose distribution is shown (the lower median on an even count),
 * as given (before reverse scoring). A hidden statement gives none: it carries no number to take it from, and
 * the median of a shown one follows from its published bars.
 */
export function roundMedianAnswers(aggregate: Pick<RoundAggregate, "items">): AnswerInput[] {
  return aggregate.items.flatMap((item) => {
    if (!item.shown) return [];
    const total = item.counts.reduce((sum, entry) => sum + entry.count, 0);
    if (total === 0) return [];
    const middle = Math.floor((total - 1) / 2);
    let seen = 0;
    for (const entry of item.counts) {
      seen += entry.count;
      if (seen > middle) return [{ itemId: item.itemId, value: entry.value }];
    }
    return [];
  });
}

/**
 * A round's action plan, built the way a self-scan's is: from the round's shown domain means, with the three
 * next steps tied to the statements the round's median answer put lowest.
 */
export function roundPlan(
  questionnaire: Questionnaire,
  aggregate: RoundAggregate,
): Pick<ScoreResult, "recommendations" | "plan"> {
  const domains = domainResultsFromRound(questionnaire, aggregate);
  return {
    recommendations: prioritiseRecommendations(questionnaire, domains),
    plan: focusedPlan(questionnaire, { domains }, roundMedianAnswers(aggregate)),
  };
}
