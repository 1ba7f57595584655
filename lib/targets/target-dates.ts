// Targets share one date: the form asks for one date for all domains and lets a domain differ from it.

/**
 * The date the form offers for all domains: the one most saved targets share (ties: the earliest), or none.
 * Dates are calendar days (YYYY-MM-DD).
 */
export function commonTargetDate(dates: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const date of dates) if (date) counts.set(date, (counts.get(date) ?? 0) + 1);
  let best: string | null = null;
  for (const [date, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && date < best)) best = date;
  }
  return best;
}

/** A domain's own date when it has one, otherwise the date for all domains (both may be none). */
export function resolveTargetDate<T>(common: T | null, own: T | null): T | null {
  return own ?? common;
}

/**
 * The date a domain's "different date" field starts with: its saved date when that differs from the common one,
 * otherwise empty (the domain follows the common date).
 */
export function ownTargetDate(saved: string | null, common: string | null): string {
  return saved && saved !== common ? saved : "";
}
