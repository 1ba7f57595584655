import { getTranslations } from "next-intl/server";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { OverallResult } from "@/lib/scoring";

/** Why there is no overall score: which domains have none, when the questionnaire needs several scored. */
export async function OverallMissing({
  questionnaire,
  overall,
  locale,
}: {
  questionnaire: Questionnaire;
  overall: OverallResult;
  locale: Locale;
}) {
  if (overall.status === "scored" || questionnaire.minScoredDomains === undefined) return null;
  const t = await getTranslations("measurement");
  const names = overall.missingDomains.map(displayLabels(questionnaire, locale).domainName);
  return (
    <p className="text-sm text-stone-700" data-testid="overall-missing">
      {t("overallMissing", {
        required: overall.requiredDomains,
        total: questionnaire.domains.length,
        scored: overall.scoredDomains,
        domains: names.join(", "),
      })}
    </p>
  );
}
