import type { Locale } from "@/lib/i18n/locales";

/** Questionnaire content carries both languages (a LocalizedText); pick the one on screen. */
export function localized(text: Readonly<Record<Locale, string>>, locale: Locale): string {
  return text[locale];
}
