import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** A results page's heading: the questionnaire, the title, and (for a self-scan) who answered when. */
export function ResultsHeaderSection({
  questionnaire,
  locale,
  title,
  meta,
}: {
  questionnaire: Questionnaire;
  locale: Locale;
  title: string;
  meta?: string;
}) {
  return (
    <header className="space-y-2">
      <p className="text-sm font-semibold text-brand-700">{localized(questionnaire.title, locale)}</p>
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {meta !== undefined && <p className="text-stone-600">{meta}</p>}
    </header>
  );
}
