/**
 * The anonymity minimums of team rounds, in one place (docs/aggregation.md, "Minimums").
 *
 * - A group (the round, a role, a team, a merged group) and every mean about it rests on at least the
 *   group minimum: default 5, never below 3 (3 and 4 only with a warning the organiser confirms), at most 10.
 * - A distribution (a statement's bars, a domain's spread) rests on at least the distribution minimum:
 *   default 5 and never below the group minimum.
 */
export const DEFAULT_MIN_GROUP = 5;
/** The lowest group minimum accepted; anything lower is raised to this. */
export const MIN_GROUP_FLOOR = 3;
/** The highest group minimum accepted; anything higher is lowered to this. */
export const MIN_GROUP_CEILING = 10;
/** The accepted range of the group minimum (the creation form's bounds). */
export const MIN_GROUP_SIZE_RANGE = { min: MIN_GROUP_FLOOR, max: MIN_GROUP_CEILING } as const;
/** Group minimums below this are allowed, with a warning (the CLI prints one on stderr). */
export const MIN_GROUP_WARN_BELOW = 5;
/** The distribution minimum when none is asked for; never below the group minimum. */
export const DEFAULT_MIN_DISTRIBUTION = 5;

/** The group minimum to apply: default 5, whole numbers only (rounded down), clamped to 3..10. */
export function clampMinGroupSize(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return DEFAULT_MIN_GROUP;
  return Math.min(MIN_GROUP_CEILING, Math.max(MIN_GROUP_FLOOR, Math.floor(value)));
}

/**
 * The distribution minimum to apply for a (clamped) group minimum: the one asked for (default 5), never
 * below the group minimum. For rounds this is max(5, round.minGroupSize).
 */
export function minDistributionFor(minGroupSize: number, requested?: number | null): number {
  const asked =
    requested === null || requested === undefined || !Number.isFinite(requested)
      ? DEFAULT_MIN_DISTRIBUTION
      : Math.floor(requested);
  return Math.max(asked, minGroupSize);
}

/**
 * From this many respondents, the whole round's 90% margin of a domain uses the round's own spread (standard
 * deviation); below it — and for every group within a round, whatever its size — a fixed reference spread
 * (interval.ts, REFERENCE_SD). An own spread publishes the sum of squares of the scores: beside the mean and
 * the quartiles, in a round of 5 that let a reader solve back the five domain scores as a set in 42–96% of
 * rounds, and at 10 still in about 60% on a short scan (docs/anonymity.md, "Intervals and α"). From 30, the
 * number of score sets with the same sum, sum of squares and quartiles is far too large to single anyone out.
 * Groups never use theirs: the round's sum of squares minus a group's of 30 would leave the rest's, however
 * few. Cronbach's α, which carries the same second-moment information, waits for the same number
 * (cronbach-alpha.ts).
 */
export const OWN_SPREAD_FROM = 30;
