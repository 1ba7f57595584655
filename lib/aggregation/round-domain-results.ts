import type { RoundAggregate } from "@/lib/aggregation/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { DomainResult } from "@/lib/scoring";

/**
 * The round's shown domain means as DomainResult, so `prioritiseRecommendations(questionnaire, domains)`
 * gives the round's action plan unchanged. A hidden domain is "insufficient". `mean` is the score mapped
 * back onto the answer scale; answered / notApplicable / total count answers over all respondents
 * (notApplicable includes "dk"; total = items × respondents) of the statements whose distribution is shown.
 */
export function domainResultsFromRound(questionnaire: Questionnaire, aggregate: RoundAggregate): DomainResult[] {
  const values = questionnaire.scale.points.map((point) => point.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return questionnaire.domains.map((domain): DomainResult => {
    const items = aggregate.items.filter((item) => item.domainId === domain.id);
    const counts = {
      answered: items.reduce((sum, item) => sum + item.counts.reduce((s, c) => s + c.count, 0), 0),
      notApplicable: items.reduce((sum, item) => sum + (item.notApplicable ?? 0), 0),
      dontKnow: items.reduce((sum, item) => sum + (item.dontKnow ?? 0), 0),
      total: items.reduce((sum, item) => sum + (item.respondents ?? 0), 0),
    };
    const round = aggregate.domains.find((d) => d.domainId === domain.id);
    if (!round?.shown || round.score === null || round.level === null)
      return { domainId: domain.id, status: "insufficient", mean: null, score: null, level: null, ...counts };
    const mean = min + (round.score * (max - min)) / 100;
    return { domainId: domain.id, status: "scored", mean, score: round.score, level: round.level, ...counts };
  });
}
