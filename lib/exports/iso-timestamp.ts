/** ISO 8601 in UTC to the second ("2026-03-14T09:41:07Z"): unambiguous for tools in any time zone. */
export function isoTimestamp(date: Date | null): string | null {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : null;
}
