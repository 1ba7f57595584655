import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Round } from "@/lib/server/rounds/get-round";

/** The top of a round's way in (team link or personal link): questionnaire, organisation, introduction. */
export async function RoundEntryHeaderSection({
  round,
  locale,
  facts = false,
}: {
  round: Round;
  locale: Locale;
  /** Also the number of statements and the minutes it takes. */
  facts?: boolean;
}) {
  const t = await getTranslations("round.join");
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-brand-700">{localized(round.questionnaire.title, locale)}</p>
      <h1 className="text-2xl font-bold">{t("title", { organisation: round.organisationName })}</h1>
      <p className="text-stone-700">{localized(round.questionnaire.introduction, locale)}</p>
      {facts && (
        <p className="text-sm text-stone-600">
          {t("facts", { items: round.questionnaire.items.length, minutes: round.questionnaire.estimatedMinutes })}
        </p>
      )}
    </div>
  );
}
