import { round2 } from "@/lib/scoring/round2";

/**
 * The published spread of a domain: the interquartile range only. Never a minimum or maximum (one person's
 * score each), no median or P10–P90 (at small n each is one respondent's exact score): docs/aggregation.md.
 */
export type Spread = { q1: number; q3: number };

function at(sorted: ReadonlyArray<number>, index: number): number {
  const value = sorted[index];
  if (value === undefined) throw new RangeError(`no value at index ${index}`);
  return value;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of ascending values by linear interpolation between order statistics:
 * Hyndman & Fan type 7, R's default and Excel's QUARTILE.INC. h = (n − 1)·p; the result lies between
 * the values at floor(h) and floor(h) + 1 (0-based).
 */
export function quantile(sorted: ReadonlyArray<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = at(sorted, lower);
  if (lower + 1 >= sorted.length) return below;
  return below + (h - lower) * (at(sorted, lower + 1) - below);
}

/**
 * Q1 and Q3 (type 7), each rounded as scores are; null below `minRespondents` values (the distribution
 * minimum) or for no values.
 */
export function spreadOf(values: ReadonlyArray<number>, minRespondents = 1): Spread | null {
  if (values.length === 0 || values.length < minRespondents) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { q1: round2(quantile(sorted, 0.25)), q3: round2(quantile(sorted, 0.75)) };
}
