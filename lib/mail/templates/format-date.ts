import type { MailLocale } from "@/lib/mail/templates/layout";

/** A closing date as the recipient reads it: "15 december 2026" / "15 December 2026" (UTC: dates, not times). */
export function formatMailDate(date: Date, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
