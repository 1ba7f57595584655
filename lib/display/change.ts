import { displayScore } from "@/lib/display/score";

export type ChangeDirection = "up" | "down" | "same";

/**
 * How a score moved, rounded to `decimals` as shown on screen, so that a change of 0.04 reads as "no change"
 * rather than "+0". Null when there is nothing to compare with.
 */
export function describeChange(
  change: number | null | undefined,
  decimals: 0 | 1 = 1,
): { direction: ChangeDirection; points: number } | null {
  if (change === null || change === undefined || !Number.isFinite(change)) return null;
  const factor = 10 ** decimals;
  const points = Math.round(Math.abs(change) * factor) / factor;
  if (points === 0) return { direction: "same", points: 0 };
  return { direction: change > 0 ? "up" : "down", points };
}

/** The visible sign: a real minus sign (U+2212) reads better and screen readers get a separate text anyway. */
export function changeSign(direction: ChangeDirection): string {
  return direction === "up" ? "+" : direction === "down" ? "\u2212" : "±";
}

/**
 * The difference of two shown scores as on screen ("+12", "−9", "0"): taken between the rounded scores, so a
 * table's own numbers add up (60 and 60 never differ by +1).
 */
export function signedPoints(from: number, to: number): string {
  const described = describeChange(displayScore(to) - displayScore(from), 0);
  return !described || described.direction === "same" ? "0" : `${changeSign(described.direction)}${described.points}`;
}

/**
 * A mean with its margin as shown: "62 ± 9 points, between 53 and 71". Every number is whole and the range is
 * taken from the two shown numbers (clipped to 0–100), so the sentence adds up on screen.
 */
export function shownMargin(
  score: number,
  margin: number,
): { score: number; margin: number; low: number; high: number } {
  const shownScore = displayScore(score);
  const shownMarginPoints = displayScore(margin);
  return {
    score: shownScore,
    margin: shownMarginPoints,
    low: Math.max(0, shownScore - shownMarginPoints),
    high: Math.min(100, shownScore + shownMarginPoints),
  };
}

/**
 * A score against a target's lower bound as shown: both through displayScore, and the difference between those
 * shown numbers (actual − target), so "from 63 · 58 · 5 points short" adds up. A bound of 62.5 shows as 63 and a
 * score reaches it exactly when its shown value is at least 63 (both round half up). A whole bound is reached only
 * by a score at or above it, so a score within half a point under it is shown rounded down; the shown difference
 * and "reached" never disagree for the level bounds (whole or .5).
 */
export function shownTargetGap(minScore: number, actual: number): { target: number; actual: number; points: number } {
  const target = displayScore(minScore);
  let shownActual = displayScore(actual);
  // A whole bound and a score just under it (50 and 49.5–49.99): rounding would show "50 · 50 · 0 short" for a
  // target not reached. Show the score rounded down instead ("50 · 49 · 1 short"), as its level badge does.
  if (actual < minScore && shownActual >= target) shownActual = target - 1;
  return { target, actual: shownActual, points: shownActual - target };
}
