// Target against actual: a target is a level, and reaching it means scoring at least that level's lower bound.

export type TargetEvaluation =
  | { status: "reached" | "not-reached" /** Actual minus the lower bound, in points (one decimal). */; margin: number }
  | { status: "no-score"; margin: null };

/**
 * Reached when the actual score is at least the target level's lower bound (`minScore`, stored with the target,
 * so a later questionnaire version with other bands still measures against what was agreed). The margin says by
 * how many points, to one decimal: the bounds (12.5, 37.5 …) are not whole.
 */
export function evaluateTarget(target: { minScore: number }, actualScore: number | null): TargetEvaluation {
  if (actualScore === null) return { status: "no-score", margin: null };
  const margin = Math.round((actualScore - target.minScore) * 10) / 10;
  return {
    status: actualScore >= target.minScore ? "reached" : "not-reached",
    margin: Object.is(margin, -0) ? 0 : margin,
  };
}
