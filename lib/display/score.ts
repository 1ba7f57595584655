/**
 * Scores (0–100) are shown as whole numbers everywhere: a decimal suggests a precision a questionnaire does
 * not have, and "62 → 65" must read as the "+3" shown beside it.
 */
export function displayScore(score: number): number {
  return Math.round(score);
}

/** A score as text; `missing` (e.g. "not enough answers" or a dash) when there is none. */
export function formatScore(score: number | null | undefined, missing = "–"): string {
  return score === null || score === undefined || !Number.isFinite(score) ? missing : String(displayScore(score));
}
