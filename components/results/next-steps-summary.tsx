import { getTranslations } from "next-intl/server";
import { usesMeasurementV2 } from "@/components/results/measurement-model";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { ScoreResult } from "@/lib/scoring";

/**
 * The three next steps on a results page's summary screen, each with its first step, and a link to the full
 * action plan (`planId`). The same three open the plan itself (components/results/action-plan.tsx).
 */
export async function NextStepsSummary({
  questionnaire,
  result,
  locale,
  planId,
}: {
  questionnaire: Questionnaire;
  result: Pick<ScoreResult, "recommendations" | "plan">;
  locale: Locale;
  planId: string;
}) {
  const steps = usesMeasurementV2(questionnaire) ? result.plan.next : result.recommendations.slice(0, 3);
  if (steps.length === 0) return null;
  const t = await getTranslations("resultsSummary");
  const { domainName } = displayLabels(questionnaire, locale);
  return (
    <section
      aria-labelledby="next-steps"
      data-testid="next-steps"
      className="print-avoid-break space-y-3 rounded-xl border-2 border-brand-600 bg-white p-4 sm:p-6"
    >
      <div className="space-y-1">
        <h2 id="next-steps" className="text-lg font-semibold">
          {t("nextTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("nextLead")}</p>
      </div>
      <ol className="grid gap-4 md:grid-cols-3">
        {steps.map(({ domainId, recommendation }, index) => (
          <li key={recommendation.id} className="flex gap-3">
            <span className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold text-white print:border print:border-stone-700 print:bg-white print:text-stone-900">
              {index + 1}
            </span>
            <div className="min-w-0">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{domainName(domainId)}</p>
              <h3 className="font-semibold">{localized(recommendation.title, locale)}</h3>
              {recommendation.firstStep && (
                <p className="mt-1 text-sm text-stone-700">
                  <span className="font-semibold text-stone-800">{t("firstStep")}</span>{" "}
                  {localized(recommendation.firstStep, locale)}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
      <p className="no-print">
        <a href={`#${planId}`} className="font-medium text-brand-800 underline underline-offset-2">
          {t("fullPlan")}
        </a>
      </p>
    </section>
  );
}
