import type { Domain, Questionnaire } from "@/lib/questionnaire/schema";
import { itemValue } from "@/lib/scoring/item-value";
import { levelForScore } from "@/lib/scoring/level-for-score";
import { normaliseMean } from "@/lib/scoring/normalise-mean";
import { round2 } from "@/lib/scoring/round2";
import type { AnswerValue, DomainResult } from "@/lib/scoring/types";
import { type Weighted, weightedMean } from "@/lib/scoring/weighted-mean";

/** Item values of a domain that count towards its score, in definition order. */
export function domainItemValues(
  q: Questionnaire,
  domainId: string,
  answers: ReadonlyMap<string, AnswerValue>,
): Weighted[] {
  return q.items.flatMap((item) => {
    if (item.domain !== domainId) return [];
    const value = itemValue(q.scale, item, answers.get(item.id));
    return value === null ? [] : [{ weight: item.weight, value }];
  });
}

export function scoreDomain(q: Questionnaire, domain: Domain, answers: ReadonlyMap<string, AnswerValue>): DomainResult {
  const items = q.items.filter((item) => item.domain === domain.id);
  const values = domainItemValues(q, domain.id, answers);
  const counts = {
    answered: values.length,
    notApplicable: items.filter((item) => answers.get(item.id) === "na").length,
    dontKnow: items.filter((item) => answers.get(item.id) === "dk").length,
    total: items.length,
  };
  // Division (not answered >= share × total) so that e.g. 7/10 against 0.7 compares equal.
  const mean = counts.answered / counts.total >= q.minAnsweredShare ? weightedMean(values) : null;
  if (mean === null)
    return { domainId: domain.id, status: "insufficient", mean: null, score: null, level: null, ...counts };
  const score = round2(normaliseMean(q.scale, mean));
  return { domainId: domain.id, status: "scored", mean, score, level: levelForScore(q.levels, score).id, ...counts };
}
