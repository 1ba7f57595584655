import { OWN_SPREAD_FROM } from "@/lib/aggregation/minimums";
import { tQuantile95 } from "@/lib/aggregation/t-quantile";
import { round2 } from "@/lib/scoring/round2";

/** A 90% interval of a domain mean on the 0–100 score, clipped to 0–100 and rounded as scores. */
export type Interval90 = { low: number; high: number };

/**
 * Which spread a margin was computed from:
 * - `reference-spread`: the fixed REFERENCE_SD of 15 points — "the margin for a typical spread of a group
 *   this size"; it depends only on n, so it discloses nothing about how the scores are spread. Below
 *   OWN_SPREAD_FROM (30) respondents, and for every group within a round (roles, teams, merged groups);
 * - `own-spread`: the whole round's own sample standard deviation, from 30 respondents.
 */
export type MarginBasis = "reference-spread" | "own-spread";

/**
 * The reference spread: a typical between-respondent standard deviation of a domain score on the 0–100 scale,
 * in points. Used instead of the group's own spread below OWN_SPREAD_FROM respondents (docs/aggregation.md,
 * "The interval of a mean").
 */
export const REFERENCE_SD = 15;

export type MeanInterval = {
  interval90: Interval90;
  /**
   * The interval's half-width in points and before clipping (rounded as scores): t(0.95, n − 1) · 15 / √n below
   * 30 respondents, t(0.95, n − 1) · s / √n from 30. What "± 8 points" says, and what the change and gap rules
   * (margin-rules.ts) work from.
   */
  margin90: number;
  marginBasis: MarginBasis;
};

/**
 * The margin basis for n respondents: the reference spread below OWN_SPREAD_FROM, or whenever the own spread
 * may not be published (`ownSpread: false`, a group within a round); else the own spread.
 */
export function marginBasisFor(n: number, { ownSpread = true }: { ownSpread?: boolean } = {}): MarginBasis {
  return ownSpread && n >= OWN_SPREAD_FROM ? "own-spread" : "reference-spread";
}

/**
 * Student's t interval of the mean of `values` (the respondents' domain scores): mean ± t(0.95, n − 1) · sd/√n
 * around the mean rounded as scores are, clipped to 0–100. sd is REFERENCE_SD (15) below OWN_SPREAD_FROM (30)
 * values — so the margin is a function of n alone, and the interval of n and the mean, both published anyway —
 * and from 30 values the sample standard deviation s (n − 1 in the denominator), unless `ownSpread` is false
 * (a group within a round: aggregate-round.ts). Null below two values (no df).
 * Sums in sorted order, as meanOf does, so the input order never changes the result.
 */
export function interval90Of(
  values: ReadonlyArray<number>,
  { ownSpread = true }: { ownSpread?: boolean } = {},
): MeanInterval | null {
  const n = values.length;
  if (n < 2) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const value of sorted) sum += value;
  const mean = sum / n;
  const marginBasis = marginBasisFor(n, { ownSpread });
  let sd = REFERENCE_SD;
  if (marginBasis === "own-spread") {
    let squares = 0;
    for (const value of sorted) squares += (value - mean) ** 2;
    sd = Math.sqrt(squares / (n - 1));
  }
  const margin = (tQuantile95(n - 1) * sd) / Math.sqrt(n);
  // Around the published (rounded) mean, so below 30 the interval is exactly a function of two published
  // numbers, the mean and n, and its ends carry no digit of the mean that the score does not.
  const score = round2(mean);
  return {
    interval90: { low: round2(Math.max(0, score - margin)), high: round2(Math.min(100, score + margin)) },
    margin90: round2(margin),
    marginBasis,
  };
}
