import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { MirrorResults } from "@/lib/server/mirrors/load-mirror-results";

/**
 * The paired questionnaire's recommendations, re-ranked by the mirror: a domain with a blind spot first
 * (largest gap first), saying why, then the other domains.
 */
export async function MirrorPlanSection({ results, locale }: { results: MirrorResults; locale: Locale }) {
  const t = await getTranslations("mirrorResults.plan");
  if (!results.aggregate?.shown) return null;
  const { domainName } = displayLabels(results.paired, locale);
  return (
    <section aria-labelledby="mirror-plan" className="print-break-before space-y-4">
      <h2 id="mirror-plan" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      {results.plan.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {results.plan.map((step, index) => (
            <Card
              as="li"
              key={step.domainId}
              padding="sm"
              className="print-avoid-break space-y-2"
              data-testid="mirror-plan-domain"
              data-domain={step.domainId}
              data-reason={step.reason}
            >
              <div className="flex items-start gap-3">
                <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-semibold text-white print:border print:border-stone-700 print:bg-white print:text-stone-900">
                  {index + 1}
                </span>
                <div className="space-y-1">
                  <h3 className="font-semibold">{domainName(step.domainId)}</h3>
                  {step.reason === "blind-spot" && (
                    <p className="text-sm font-medium text-red-900" data-testid="plan-reason">
                      {t("blindSpot", { domain: domainName(step.domainId) })}
                    </p>
                  )}
                </div>
              </div>
              <ul className="space-y-2 sm:pl-11">
                {step.recommendations.map((r) => (
                  <li key={r.id}>
                    <p className="font-medium">{localized(r.title, locale)}</p>
                    <p className="text-stone-700">{localized(r.text, locale)}</p>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </ol>
      )}
    </section>
  );
}
