import type { OverallScore } from "@/lib/aggregation/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { levelForScore } from "@/lib/scoring";
import { round2 } from "@/lib/scoring/round2";

/**
 * The overall score from shown domain means, by the questionnaire's rule: `weighted-domain-mean`
 * weights each domain by its weight (as scoreResponse does with a person's rounded domain scores);
 * `item-mean` weights each domain by the total weight of its items, which is the item mean when every
 * item counts. Domains without a (shown) score are left out; none at all → null.
 */
export function overallFromMeans(
  questionnaire: Questionnaire,
  domains: ReadonlyArray<{ domainId: string; score: number | null }>,
): OverallScore {
  const scores = new Map(domains.map((d) => [d.domainId, d.score]));
  let weighted = 0;
  let weights = 0;
  for (const domain of questionnaire.domains) {
    const score = scores.get(domain.id);
    if (score === null || score === undefined) continue;
    const weight =
      questionnaire.aggregation === "item-mean"
        ? questionnaire.items.filter((item) => item.domain === domain.id).reduce((sum, item) => sum + item.weight, 0)
        : domain.weight;
    weighted += weight * score;
    weights += weight;
  }
  if (weights === 0) return { score: null, level: null };
  const score = round2(weighted / weights);
  return { score, level: levelForScore(questionnaire.levels, score).id };
}
