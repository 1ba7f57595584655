import type { RoundAnswerValue, RoundResponse } from "@/lib/aggregation/types";

/** A stored response with domain scores given as `{ alpha: 50, beta: null }`. */
export function buildRoundResponse({
  role = "employee",
  team,
  scores = {},
  answers = {},
}: {
  role?: string;
  team?: string | null;
  scores?: Record<string, number | null>;
  answers?: Record<string, RoundAnswerValue>;
} = {}): RoundResponse {
  return {
    role,
    ...(team === undefined ? {} : { team }),
    domainScores: Object.entries(scores).map(([domainId, score]) => ({ domainId, score })),
    answers,
  };
}

/** `count` responses of one role (and team), each with the same scores. */
export function buildRoundResponses(
  count: number,
  options: Parameters<typeof buildRoundResponse>[0] = {},
): RoundResponse[] {
  return Array.from({ length: count }, () => buildRoundResponse(options));
}
