import type { Locale, LocalizedText } from "@/lib/questionnaire/schema";

/** Questionnaire content carries both languages; pick the one on screen. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
