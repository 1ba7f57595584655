import { quantile } from "@/lib/aggregation/quartiles";
import { round2 } from "@/lib/scoring/round2";

/**
 * Percentiles of a group: Hyndman & Fan type 7 (linear interpolation between order statistics; R's default,
 * Excel's PERCENTILE.INC), the same definition as a round's quartiles (lib/aggregation/quartiles.ts).
 * Rounded to two decimals as scores are.
 */
export function percentile(sorted: ReadonlyArray<number>, p: number): number {
  return round2(quantile(sorted, p));
}

/** Median and top quartile (P75) and P25 of ascending scores. */
export function groupFigures(sorted: ReadonlyArray<number>): { p25: number; median: number; p75: number } {
  return { p25: percentile(sorted, 0.25), median: percentile(sorted, 0.5), p75: percentile(sorted, 0.75) };
}

/**
 * Percentile rank of `score` among the peers' scores (0–100): the share of peers below it, with ties counted
 * half (mid-rank), so an organisation equal to every peer sits at 50, not at 0 or 100. Null without peers.
 */
export function percentileRank(peers: ReadonlyArray<number>, score: number): number | null {
  if (peers.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const value of peers) {
    if (value < score) below += 1;
    else if (value === score) equal += 1;
  }
  return round2(((below + equal / 2) / peers.length) * 100);
}

/** Ascending copy (numbers, not strings). */
export function ascending(values: ReadonlyArray<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

/** `sorted` without one occurrence of `value` (the viewed organisation's own score); unchanged when absent. */
export function withoutOne(sorted: ReadonlyArray<number>, value: number): number[] {
  const index = sorted.indexOf(value);
  if (index === -1) return [...sorted];
  return [...sorted.slice(0, index), ...sorted.slice(index + 1)];
}
