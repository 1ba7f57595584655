/**
 * A calendar day from a date field (YYYY-MM-DD) as a moment to format, or null for anything else. Noon UTC, so
 * the day is the same in Europe/Amsterdam (where the consultants work) and in UTC.
 */
export function dayToDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T12:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value) ? null : date;
}
