import { round2 } from "../scoring/round2";

export type Spread = { min: number; q1: number; median: number; q3: number; max: number };

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

/** Min, Q1, median, Q3 and max (type 7), each rounded as scores are; null for no values. */
export function spreadOf(values: ReadonlyArray<number>): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: round2(at(sorted, 0)),
    q1: round2(quantile(sorted, 0.25)),
    median: round2(quantile(sorted, 0.5)),
    q3: round2(quantile(sorted, 0.75)),
    max: round2(at(sorted, sorted.length - 1)),
  };
}
