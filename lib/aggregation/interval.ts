import { tQuantile95 } from "@/lib/aggregation/t-quantile";
import { round2 } from "@/lib/scoring/round2";

/** A 90% interval of a domain mean on the 0–100 score, clipped to 0–100 and rounded as scores. */
export type Interval90 = { low: number; high: number };

export type MeanInterval = {
  interval90: Interval90;
  /**
   * The interval's half-width, t(0.95, n − 1) · sd / √n, in points and before clipping (rounded as scores):
   * what "± 8 points" says, and what the change and gap rules (margin-rules.ts) work from.
   */
  margin90: number;
};

/**
 * Student's t interval of the mean of `values` (the respondents' domain scores): mean ± t(0.95, n − 1) · s/√n
 * with s the sample standard deviation (n − 1 in the denominator), clipped to 0–100. Null below two values
 * (no spread to estimate). Sums in sorted order, as meanOf does, so the input order never changes the result.
 */
export function interval90Of(values: ReadonlyArray<number>): MeanInterval | null {
  const n = values.length;
  if (n < 2) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const value of sorted) sum += value;
  const mean = sum / n;
  let squares = 0;
  for (const value of sorted) squares += (value - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const margin = (tQuantile95(n - 1) * sd) / Math.sqrt(n);
  return {
    interval90: { low: round2(Math.max(0, mean - margin)), high: round2(Math.min(100, mean + margin)) },
    margin90: round2(margin),
  };
}
