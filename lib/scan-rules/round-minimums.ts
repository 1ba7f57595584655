import { MIN_GROUP_WARN_BELOW } from "@/lib/aggregation/minimums";

// The minimums themselves live in lib/aggregation/minimums.ts (one place); these are the creation form's rules.

/** A minimum below the default needs the organiser's confirmation of the warning (3 and 4 are easier to see through). */
export function needsMinGroupConfirmation(minGroupSize: number): boolean {
  return minGroupSize < MIN_GROUP_WARN_BELOW;
}

/** Expected respondents of a round with a team link: the team link accepts at most this many responses. */
export const EXPECTED_RESPONDENTS = { min: 1, max: 2000 } as const;
