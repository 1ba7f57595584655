import type { Questionnaire } from "@/lib/questionnaire/schema";
import { rankScoredDomains } from "@/lib/scoring/rank-domains";
import type { DomainResult, PrioritisedRecommendation } from "@/lib/scoring/types";

/** Every scored domain's recommendations for its level, weakest domain first, numbered 1..n. */
export function prioritiseRecommendations(
  q: Questionnaire,
  domains: ReadonlyArray<DomainResult>,
): PrioritisedRecommendation[] {
  const definitions = new Map(q.domains.map((domain) => [domain.id, domain]));
  return rankScoredDomains(domains)
    .flatMap(({ domainId, level }) => {
      if (level === null) return [];
      const recommendations = definitions.get(domainId)?.recommendations[level] ?? [];
      return recommendations.map((recommendation) => ({ domainId, levelId: level, recommendation }));
    })
    .map((entry, index) => ({ priority: index + 1, ...entry }));
}
