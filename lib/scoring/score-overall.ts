import type { Questionnaire } from "@/lib/questionnaire/schema";
import { levelForScore } from "@/lib/scoring/level-for-score";
import { normaliseMean } from "@/lib/scoring/normalise-mean";
import { round2 } from "@/lib/scoring/round2";
import { domainItemValues } from "@/lib/scoring/score-domain";
import type { AnswerValue, DomainResult, OverallResult } from "@/lib/scoring/types";
import { weightedMean } from "@/lib/scoring/weighted-mean";

function unroundedOverall(
  q: Questionnaire,
  scored: DomainResult[],
  answers: ReadonlyMap<string, AnswerValue>,
): number | null {
  if (q.aggregation === "item-mean") {
    const mean = weightedMean(scored.flatMap((domain) => domainItemValues(q, domain.domainId, answers)));
    return mean === null ? null : normaliseMean(q.scale, mean);
  }
  const weights = new Map(q.domains.map((domain) => [domain.id, domain.weight]));
  return weightedMean(
    scored.map((domain) => ({ weight: weights.get(domain.domainId) ?? 1, value: domain.score ?? 0 })),
  );
}

/**
 * Aggregates the scored domains (insufficient ones are left out) per `q.aggregation`. With
 * `minScoredDomains` (v2) fewer scored domains give no overall score; without it one is enough (v1).
 */
export function scoreOverall(
  q: Questionnaire,
  domains: DomainResult[],
  answers: ReadonlyMap<string, AnswerValue>,
): OverallResult {
  const counts = {
    answered: domains.reduce((sum, d) => sum + d.answered, 0),
    notApplicable: domains.reduce((sum, d) => sum + d.notApplicable, 0),
    dontKnow: domains.reduce((sum, d) => sum + d.dontKnow, 0),
    total: domains.reduce((sum, d) => sum + d.total, 0),
  };
  const scored = domains.filter((d) => d.status === "scored");
  const coverage = {
    scoredDomains: scored.length,
    requiredDomains: q.minScoredDomains ?? 1,
    missingDomains: domains.filter((d) => d.status !== "scored").map((d) => d.domainId),
  };
  const unrounded = scored.length < coverage.requiredDomains ? null : unroundedOverall(q, scored, answers);
  if (unrounded === null) return { status: "insufficient", score: null, level: null, ...counts, ...coverage };
  const score = round2(unrounded);
  return { status: "scored", score, level: levelForScore(q.levels, score).id, ...counts, ...coverage };
}
