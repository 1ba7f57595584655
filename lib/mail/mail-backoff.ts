/**
 * When to try a mail again after a failed attempt: 1 minute, 5 minutes, 30 minutes, 2 hours, 6 hours. After
 * MAX_MAIL_ATTEMPTS attempts (about 9 hours) the mail counts as failed and the consultant sees why.
 */
export const RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

export const MAX_MAIL_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** After `attempts` failed attempts (1 or more): the time of the next one, or null when it should give up. */
export function nextAttemptAfter(options: { attempts: number; now: Date }): Date | null {
  const { attempts, now } = options;
  if (attempts >= MAX_MAIL_ATTEMPTS) return null;
  const delay = RETRY_DELAYS_MS[Math.max(0, attempts - 1)] ?? RETRY_DELAYS_MS.at(-1) ?? 60_000;
  return new Date(now.getTime() + delay);
}

/** Error text as stored in lastError: one line, no longer than 500 characters. */
export function describeMailError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const oneLine = text.replace(/\s+/g, " ").trim() || "unknown error";
  return oneLine.length > 500 ? `${oneLine.slice(0, 497)}...` : oneLine;
}
