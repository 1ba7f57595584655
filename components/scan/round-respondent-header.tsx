import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * The top of a team scan as its respondent sees it, on the team link and while answering: one name ("Team scan
 * for …") and an introduction that fits a round — not the questionnaire's own introduction, which is written for
 * a self-scan (the quick scan's tells its reader to do the full scan next).
 */
export async function RoundRespondentHeader({
  questionnaire,
  organisationName,
  locale,
  facts = false,
}: {
  questionnaire: Questionnaire;
  organisationName: string;
  locale: Locale;
  /** Also the number of statements and the minutes it takes. */
  facts?: boolean;
}) {
  const [t, tStart] = await Promise.all([getTranslations("scan"), getTranslations("start")]);
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-brand-700">{localized(questionnaire.title, locale)}</p>
      <h1 className="text-2xl font-bold">{t("teamTitle", { organisation: organisationName })}</h1>
      <p className="text-stone-700">{t("roundIntro", { organisation: organisationName })}</p>
      {facts && (
        <p className="text-sm text-stone-600">
          {tStart("facts", { items: questionnaire.items.length, minutes: questionnaire.estimatedMinutes })}
        </p>
      )}
    </div>
  );
}
