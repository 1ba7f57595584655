import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { RoundAggregate } from "@/lib/aggregation";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

const TONE = {
  agreement: "border-emerald-300 bg-emerald-50 text-emerald-900",
  mixed: "border-amber-300 bg-amber-50 text-amber-900",
  divided: "border-red-300 bg-red-50 text-red-900",
} as const;

/** Each domain's consensus label from the aggregate, on the round's summary screen. */
export async function ConsensusSummary({
  questionnaire,
  aggregate,
  locale,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
}) {
  if (!aggregate.shown) return null;
  const [t, tc] = await Promise.all([getTranslations("resultsSummary"), getTranslations("rounds.consensus")]);
  const { domainName } = displayLabels(questionnaire, locale);
  const caveat = aggregate.domains.some((d) => d.consensus !== null && d.consensusCaveat);
  return (
    <Card
      as="section"
      aria-labelledby="consensus-summary"
      padding="sm"
      className="print-avoid-break space-y-2"
      data-testid="consensus-summary"
    >
      <h2 id="consensus-summary" className="font-semibold">
        {t("consensusTitle")}
      </h2>
      <dl className="divide-y divide-stone-100 text-sm">
        {aggregate.domains.map((d) => (
          <div key={d.domainId} className="flex items-center justify-between gap-3 py-1.5">
            <dt className="text-stone-800">{domainName(d.domainId)}</dt>
            <dd>
              {d.consensus ? (
                <span
                  className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${TONE[d.consensus]}`}
                >
                  {tc(d.consensus)}
                  {d.consensusCaveat ? " *" : ""}
                </span>
              ) : (
                <span className="text-xs text-stone-600">{t("consensusNone")}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {caveat && <p className="text-xs text-stone-600">* {tc("caveat")}</p>}
      <p className="no-print text-sm">
        <a href="#round-per-domain" className="font-medium text-brand-800 underline underline-offset-2">
          {t("consensusLink")}
        </a>
      </p>
    </Card>
  );
}
