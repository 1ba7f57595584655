import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { domainResultsFromRound, type RoundAggregate } from "@/lib/aggregation";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { prioritiseRecommendations } from "@/lib/scoring/prioritise-recommendations";

/** The round's action plan from its domain means, as the self-scan's results page draws it. */
export async function RoundActionPlan({
  questionnaire,
  aggregate,
  locale,
  renderAgree,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
  /** Under each recommendation, e.g. "agree as an action" for those who may (lib/targets). */
  renderAgree?: (recommendation: { id: string; title: string }) => ReactNode;
}) {
  const t = await getTranslations("rounds.results");
  const plan = prioritiseRecommendations(questionnaire, domainResultsFromRound(questionnaire, aggregate));
  const { domainName } = displayLabels(questionnaire, locale);
  return (
    <section aria-labelledby="round-action-plan" className="print-break-before space-y-4">
      <h2 id="round-action-plan" className="text-xl font-semibold">
        {t("actionPlan")}
      </h2>
      <p className="text-stone-700">{t("actionPlanLead")}</p>
      {plan.length === 0 ? (
        <p className="text-stone-600">{t("noRecommendations")}</p>
      ) : (
        <ol className="space-y-3">
          {plan.map((r) => (
            <Card
              as="li"
              key={`${r.domainId}-${r.recommendation.id}`}
              padding="sm"
              className="print-avoid-break flex gap-4"
            >
              <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-semibold text-white print:border print:border-stone-700 print:bg-white print:text-stone-900">
                {r.priority}
              </span>
              <div>
                <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{domainName(r.domainId)}</p>
                <h3 className="font-semibold">{localized(r.recommendation.title, locale)}</h3>
                <p className="mt-1 text-stone-700">{localized(r.recommendation.text, locale)}</p>
                {renderAgree?.({ id: r.recommendation.id, title: localized(r.recommendation.title, locale) })}
              </div>
            </Card>
          ))}
        </ol>
      )}
    </section>
  );
}
