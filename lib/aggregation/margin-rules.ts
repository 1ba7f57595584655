import { tQuantile95 } from "@/lib/aggregation/t-quantile";
import { round2 } from "@/lib/scoring/round2";

/** Gaps of at least this many points are flagged, when they are also beyond their margin. */
export const GAP_FLAG_FROM = 20;

/**
 * A domain score as the change, gap and target rules see it.
 * - `group`: a mean over respondents with its published 90% margin (a round, or a shown group in it);
 * - `one-person`: a self-scan, one person's view: no sample, so no margin.
 */
export type Measured =
  | { kind: "group"; score: number; respondents: number; margin90: number }
  | { kind: "one-person"; score: number };

/**
 * What the intervals allow one to say about a difference:
 * - `beyond-margin`: larger than its 90% margin — a real change / gap, not noise of who happened to answer;
 * - `within-margin`: no larger than its margin — it may be chance;
 * - `one-person`: a self-scan is involved; it is one person's view, and no margin applies.
 */
export type MarginLabel = "beyond-margin" | "within-margin" | "one-person";

export type MarginVerdict = {
  label: MarginLabel;
  /** The difference in points (after − before, high − low, score − target), rounded as scores. */
  points: number;
  /**
   * Half-width of the 90% interval of that difference, in points, rounded as scores ("± 9 points");
   * null for one person's view.
   */
  margin: number | null;
};

/** The standard error of a group mean, recovered from its published margin: margin / t(0.95, n − 1). */
function varianceOfMean(m: Extract<Measured, { kind: "group" }>): number {
  if (m.respondents < 2) throw new RangeError(`a margin needs at least 2 respondents, got ${m.respondents}`);
  const se = m.margin90 / tQuantile95(m.respondents - 1);
  return se * se;
}

/**
 * The 90% margin of the difference of two independent means (Welch): t(0.95, df) · √(se₁² + se₂²), with
 * the Welch–Satterthwaite df = (se₁² + se₂²)² / (se₁⁴/(n₁ − 1) + se₂⁴/(n₂ − 1)) and each se recovered from
 * the published margin90, whatever its basis. For a reference-spread margin (below 30 respondents) se = 15/√n,
 * so the df is Welch's on the reference standard errors: exactly n₁ + n₂ − 2 for groups of equal size, a
 * little fewer (a little more cautious) otherwise. One formula for both bases keeps every label reproducible
 * from published numbers and in step with the margins shown. Zero when neither mean varies (only possible
 * with own spreads, from 30): then any difference is beyond it.
 */
export function differenceMargin(
  a: Extract<Measured, { kind: "group" }>,
  b: Extract<Measured, { kind: "group" }>,
): number {
  const va = varianceOfMean(a);
  const vb = varianceOfMean(b);
  const total = va + vb;
  if (total === 0) return 0;
  const df = total ** 2 / (va ** 2 / (a.respondents - 1) + vb ** 2 / (b.respondents - 1));
  return tQuantile95(df) * Math.sqrt(total);
}

function verdict(difference: number, margin: number | null): MarginVerdict {
  const points = round2(difference);
  if (margin === null) return { label: "one-person", points, margin: null };
  // Strictly beyond: a difference exactly at the margin is still within it (the interval includes its ends).
  return {
    label: Math.abs(points) > round2(margin) ? "beyond-margin" : "within-margin",
    points,
    margin: round2(margin),
  };
}

/**
 * A change of one domain between two rounds of a series (before → after). The two rounds are independent
 * samples (answers are anonymous, so nobody is paired), so the rule is Welch's two-sided test at 10%:
 * beyond the margin when |after − before| > t(0.95, df) · √(se₁² + se₂²). When either side is a self-scan
 * the label is `one-person` and there is no margin.
 */
export function classifyChange({ before, after }: { before: Measured; after: Measured }): MarginVerdict {
  const difference = after.score - before.score;
  if (before.kind === "one-person" || after.kind === "one-person") return verdict(difference, null);
  return verdict(difference, differenceMargin(before, after));
}

export type GapVerdict = MarginVerdict & {
  /** True when the gap is beyond its margin. */
  beyondMargin: boolean;
  /** At least GAP_FLAG_FROM (20) points and beyond the margin. */
  flagged: boolean;
};

/**
 * A perception gap between two shown groups of one breakdown (disjoint people, so independent samples):
 * the same Welch rule as a change. Flagged only when it is at least 20 points and beyond the margin.
 */
export function classifyGap({
  high,
  low,
}: {
  high: Extract<Measured, { kind: "group" }>;
  low: Extract<Measured, { kind: "group" }>;
}): GapVerdict {
  const result = verdict(high.score - low.score, differenceMargin(high, low));
  const beyondMargin = result.label === "beyond-margin";
  return { ...result, beyondMargin, flagged: beyondMargin && result.points >= GAP_FLAG_FROM };
}

export type TargetVerdict = MarginVerdict & {
  /** The score is at or above the target (whatever the margin). */
  reached: boolean;
};

/**
 * A domain's score against its target (a fixed number, no sample of its own): beyond the margin when the
 * target lies outside the score's 90% interval, |score − target| > margin90 (the one-sample t-test at 10%).
 * So "reached, beyond the margin" is clearly reached, "reached, within the margin" is at the target as far
 * as the round can tell, "not reached, within the margin" is close to it, and "not reached, beyond the
 * margin" clearly short. A self-scan: `one-person`, no margin.
 */
export function classifyTarget({ actual, target }: { actual: Measured; target: number }): TargetVerdict {
  const result = verdict(actual.score - target, actual.kind === "group" ? actual.margin90 : null);
  return { ...result, reached: result.points >= 0 };
}

/**
 * A published domain mean (a round's, or a shown group's) as `Measured`; null when the mean or its margin is
 * not published (hidden, or an aggregate stored before intervals existed).
 */
export function measuredOf(domain: {
  shown: boolean;
  score: number | null;
  respondents: number | null;
  margin90?: number | null;
}): Extract<Measured, { kind: "group" }> | null {
  const { score, respondents, margin90 } = domain;
  if (!domain.shown || score === null || respondents === null || respondents < 2) return null;
  if (margin90 === null || margin90 === undefined) return null;
  return { kind: "group", score, respondents, margin90 };
}
