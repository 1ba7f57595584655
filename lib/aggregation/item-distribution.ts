import type { RoundAnswerValue } from "@/lib/aggregation/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { round2 } from "@/lib/scoring/round2";

/**
 * One statement's answers in one group. Published (`shown`) only when at least the distribution minimum of
 * the group gave a scale answer to it and the subtraction rule holds per statement; a hidden one carries no
 * number at all (not even the don't-know count): docs/aggregation.md.
 */
export type ItemDistribution = {
  itemId: string;
  domainId: string;
  shown: boolean;
  /** Respondents of the group (answered or not); null when hidden. */
  respondents: number | null;
  /** Respondents who gave a scale answer (what the bars rest on); null when hidden. */
  scaleAnswers: number | null;
  /** One entry per scale point, in scale order, counting the answers as given (before reverse scoring); empty when hidden. */
  counts: Array<{ value: number; count: number }>;
  dontKnow: number | null;
  notApplicable: number | null;
  unanswered: number | null;
  /** Leik's ordinal dispersion on 0–100 (0: everyone on one point, 100: split between the two ends); null below 2 scale answers or hidden. */
  divergence: number | null;
};

/** A distribution as counted, before the publication rules. */
export type CountedItem = {
  itemId: string;
  domainId: string;
  respondents: number;
  counts: Array<{ value: number; count: number }>;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
};

/** How many gave a scale answer. */
export function scaleAnswersOf(item: Pick<CountedItem, "counts">): number {
  return item.counts.reduce((sum, entry) => sum + entry.count, 0);
}

/** The published form of a counted item: everything when shown, nothing but the ids when hidden. */
export function publishItem(item: CountedItem, shown: boolean): ItemDistribution {
  if (!shown)
    return {
      itemId: item.itemId,
      domainId: item.domainId,
      shown: false,
      respondents: null,
      scaleAnswers: null,
      counts: [],
      dontKnow: null,
      notApplicable: null,
      unanswered: null,
      divergence: null,
    };
  return {
    ...item,
    shown: true,
    scaleAnswers: scaleAnswersOf(item),
    divergence: ordinalDispersion(item.counts.map((entry) => entry.count)),
  };
}

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

/**
 * Per item, how often each scale point, "dk", "na" and nothing was given by these respondents: counted, not
 * yet published (publishItems in publish-items.ts decides what may be shown).
 */
export function countItems({
  questionnaire,
  answers,
}: {
  questionnaire: Questionnaire;
  answers: ReadonlyArray<Readonly<Record<string, RoundAnswerValue>>>;
}): CountedItem[] {
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
    };
  });
}

/** Most divided first; items without a divergence last; ties keep the given (questionnaire) order. */
export function sortItemsByDivergence(items: ReadonlyArray<ItemDistribution>): ItemDistribution[] {
  return [...items].sort((a, b) => (b.divergence ?? -1) - (a.divergence ?? -1));
}
