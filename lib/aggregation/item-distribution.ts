import type { Questionnaire } from "../questionnaire/schema";
import { round2 } from "../scoring/round2";
import type { RoundAnswerValue } from "./types";

export type ItemDistribution = {
  itemId: string;
  domainId: string;
  /** Respondents of the group (answered or not). */
  respondents: number;
  /** One entry per scale point, in scale order, counting the answers as given (before reverse scoring). */
  counts: Array<{ value: number; count: number }>;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  /** Leik's ordinal dispersion on 0–100 (0: everyone on one point, 100: split between the two ends); null below 2 scale answers. */
  divergence: number | null;
};

/**
 * Leik's ordinal dispersion of counts per ordered category, on 0–100: with F the cumulative shares of
 * the first k − 1 categories, D = 2 / (k − 1) · Σ min(F, 1 − F). Null with fewer than 2 answers.
 */
export function ordinalDispersion(counts: ReadonlyArray<number>): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total < 2 || counts.length < 2) return null;
  let cumulative = 0;
  let sum = 0;
  for (const count of counts.slice(0, -1)) {
    cumulative += count;
    const share = cumulative / total;
    sum += Math.min(share, 1 - share);
  }
  return round2((sum * 200) / (counts.length - 1));
}

/** Per item, how often each scale point, "dk", "na" and nothing was given by these respondents. */
export function distributeItems({
  questionnaire,
  answers,
}: {
  questionnaire: Questionnaire;
  answers: ReadonlyArray<Readonly<Record<string, RoundAnswerValue>>>;
}): ItemDistribution[] {
  const points = questionnaire.scale.points.map((point) => point.value);
  return questionnaire.items.map((item) => {
    const perPoint = new Map(points.map((value) => [value, 0]));
    let dontKnow = 0;
    let notApplicable = 0;
    let unanswered = 0;
    for (const record of answers) {
      const value = Object.hasOwn(record, item.id) ? record[item.id] : undefined;
      if (value === "dk") dontKnow += 1;
      else if (value === "na") notApplicable += 1;
      else if (typeof value === "number" && perPoint.has(value)) perPoint.set(value, (perPoint.get(value) ?? 0) + 1);
      else unanswered += 1;
    }
    const counts = points.map((value) => ({ value, count: perPoint.get(value) ?? 0 }));
    return {
      itemId: item.id,
      domainId: item.domain,
      respondents: answers.length,
      counts,
      dontKnow,
      notApplicable,
      unanswered,
      divergence: ordinalDispersion(counts.map((entry) => entry.count)),
    };
  });
}

/** Most divided first; items without a divergence last; ties keep the given (questionnaire) order. */
export function sortItemsByDivergence(items: ReadonlyArray<ItemDistribution>): ItemDistribution[] {
  return [...items].sort((a, b) => (b.divergence ?? -1) - (a.divergence ?? -1));
}
