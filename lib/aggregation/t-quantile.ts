import jStat from "jstat";

/** The confidence of every interval the aggregation publishes: 90%, two-sided. */
export const INTERVAL_CONFIDENCE = 0.9;

/** The upper quantile a two-sided 90% interval uses: t(0.95, df). */
const UPPER = 1 - (1 - INTERVAL_CONFIDENCE) / 2;

/**
 * t(0.95, df): the 95th percentile of Student's t with `df` degrees of freedom (real df allowed, for
 * Welch's approximation), from jStat rather than our own series so anyone can check it against a table
 * (t(0.95, 4) = 2.1318, t(0.95, 9) = 1.8331). Throws for df that is not positive: an interval on one
 * value has no spread to go on, and the callers never ask for one.
 */
export function tQuantile95(df: number): number {
  if (!(Number.isFinite(df) && df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  return jStat.studentt.inv(UPPER, df);
}
