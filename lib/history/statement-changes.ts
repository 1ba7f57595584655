import type { ItemDistribution } from "@/lib/aggregation/item-distribution";
import { tQuantile95 } from "@/lib/aggregation/t-quantile";
import { displayScore } from "@/lib/display/score";
import type { Item, Questionnaire } from "@/lib/questionnaire/schema";

/**
 * One statement's change between two rounds of a series, on the 0–100 score of domain scores (a negatively
 * worded statement reverse-scored), from the answer counts both rounds publish anyway. Server-side only:
 * the margin needs jStat (lib/aggregation/t-quantile).
 */
export type StatementChange = {
  itemId: string;
  domainId: string;
  /** Mean of the scale answers on 0–100, unrounded. */
  fromScore: number;
  toScore: number;
  /** Whole points between the shown (rounded) scores. */
  points: number;
  /** Scale answers each mean rests on. */
  fromAnswers: number;
  toAnswers: number;
  /**
   * A rough 90% margin of the change in whole points: Welch's t on the two statements' own spreads, which the
   * published counts give away anyway. Rough: few answers on a five-point scale are far from normal.
   */
  margin: number;
  /** |points| > margin: beyond even the rough margin (still indicative, see docs/aggregation.md). */
  beyondMargin: boolean;
};

type Summary = { mean: number; variance: number; n: number };

/** Mean and sample variance of a published distribution on 0–100. */
function summarise(item: Item, distribution: ItemDistribution, min: number, max: number): Summary | null {
  const scored = distribution.counts.map(({ value, count }) => {
    const v = item.reverse ? min + max - value : value;
    return { score: ((v - min) / (max - min)) * 100, count };
  });
  const n = scored.reduce((sum, s) => sum + s.count, 0);
  if (n < 2) return null;
  const mean = scored.reduce((sum, s) => sum + s.score * s.count, 0) / n;
  const variance = scored.reduce((sum, s) => sum + (s.score - mean) ** 2 * s.count, 0) / (n - 1);
  return { mean, variance, n };
}

/** Welch's 90% margin of the difference of two means; 0 when neither varies. */
function welchMargin(a: Summary, b: Summary): number {
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const total = va + vb;
  if (total === 0) return 0;
  const df = total ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return tQuantile95(df) * Math.sqrt(total);
}

function scaleRange(q: Questionnaire): { min: number; max: number } {
  const values = q.scale.points.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Changes of the statements both rounds ask in the same words on the same scale and both publish (a hidden
 * distribution, or a statement only one questionnaire version has, is left out), largest change first.
 */
export function statementChanges({
  from,
  to,
}: {
  from: { questionnaire: Questionnaire; items: readonly ItemDistribution[] };
  to: { questionnaire: Questionnaire; items: readonly ItemDistribution[] };
}): StatementChange[] {
  const fromRange = scaleRange(from.questionnaire);
  const toRange = scaleRange(to.questionnaire);
  if (fromRange.min !== toRange.min || fromRange.max !== toRange.max) return [];
  const changes: StatementChange[] = [];
  for (const toItem of to.questionnaire.items) {
    const fromItem = from.questionnaire.items.find((i) => i.id === toItem.id);
    if (!fromItem || fromItem.reverse !== toItem.reverse) continue;
    if (JSON.stringify(fromItem.statement) !== JSON.stringify(toItem.statement)) continue;
    const a = from.items.find((d) => d.itemId === toItem.id && d.shown);
    const b = to.items.find((d) => d.itemId === toItem.id && d.shown);
    if (!a || !b) continue;
    const before = summarise(fromItem, a, fromRange.min, fromRange.max);
    const after = summarise(toItem, b, toRange.min, toRange.max);
    if (!before || !after) continue;
    const points = displayScore(after.mean) - displayScore(before.mean);
    const margin = displayScore(welchMargin(before, after));
    changes.push({
      itemId: toItem.id,
      domainId: toItem.domain,
      fromScore: before.mean,
      toScore: after.mean,
      points,
      fromAnswers: before.n,
      toAnswers: after.n,
      margin,
      beyondMargin: Math.abs(points) > margin,
    });
  }
  // Stable: equal changes keep questionnaire order.
  return changes.sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
}
