// merged with lib/aggregation/minimums.ts at integration

/** The smallest group a new round shows, as the survey anchors use. */
export const DEFAULT_MIN_GROUP = 5;
/** The organiser may go down to this, only after confirming a warning (3 and 4 are easier to see through). */
export const MIN_GROUP_FLOOR = 3;
/** Statement bars and spread need at least this many answers (never below the group minimum). */
export const DEFAULT_MIN_DISTRIBUTION = 5;

/** The largest minimum group an organiser can choose. */
export const MAX_MIN_GROUP = 10;

/** A minimum below the default needs the organiser's confirmation of the warning. */
export function needsMinGroupConfirmation(minGroupSize: number): boolean {
  return minGroupSize < DEFAULT_MIN_GROUP;
}

/** Expected respondents of a round with a team link: the team link accepts at most this many responses. */
export const EXPECTED_RESPONDENTS = { min: 1, max: 2000 } as const;
