/** Only an organisation's scans of the last 24 months count. */
export const WINDOW_MONTHS = 24;

/**
 * The first moment inside the window: the same instant `months` calendar months earlier (UTC). A scan submitted
 * exactly then still counts. A day that month does not have (29 February 2028 − 24 months) starts the window at
 * the first moment of the next month, so a later `now` never gives an earlier start.
 */
export function windowStart(now: Date, months: number = WINDOW_MONTHS): Date {
  const start = new Date(now.getTime());
  const day = start.getUTCDate();
  start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  if (day > lastDay) return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  start.setUTCDate(day);
  return start;
}

/** Within [now − 24 months, now]: a scan dated after `now` (clock skew) does not count yet. */
export function inWindow(submittedAt: Date, now: Date, months: number = WINDOW_MONTHS): boolean {
  const at = submittedAt.getTime();
  return at >= windowStart(now, months).getTime() && at <= now.getTime();
}
