export type ChangeDirection = "up" | "down" | "same";

/**
 * How a score moved since the previous scan, rounded to one decimal as shown on screen, so that a change of
 * 0.04 reads as "no change" rather than "+0".
 */
export function describeChange(
  change: number | null | undefined,
): { direction: ChangeDirection; points: number } | null {
  if (change === null || change === undefined || !Number.isFinite(change)) return null;
  const points = Math.round(Math.abs(change) * 10) / 10;
  if (points === 0) return { direction: "same", points: 0 };
  return { direction: change > 0 ? "up" : "down", points };
}

/** The visible sign: a real minus sign (U+2212) reads better and screen readers get a separate text anyway. */
export function changeSign(direction: ChangeDirection): string {
  return direction === "up" ? "+" : direction === "down" ? "\u2212" : "±";
}
