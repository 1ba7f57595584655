import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { RoundAggregate } from "@/lib/aggregation";
import { ALPHA_ACCEPTABLE_FROM } from "@/lib/aggregation/cronbach-alpha";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * Per domain, whether its statements hang together (Cronbach's α, read as acceptable from .70), so a domain
 * whose statements do not is not over-read. α is published only from 30 complete responses (docs/anonymity.md);
 * nothing is rendered when no domain has one.
 */
export async function DomainConsistencySection({
  questionnaire,
  aggregate,
  locale,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
}) {
  const domains = aggregate.domains.flatMap((d) => (d.alpha === null ? [] : [{ ...d, alpha: d.alpha }]));
  if (domains.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("rounds.margin.consistency"), getFormatter()]);
  const { domainName } = displayLabels(questionnaire, locale);
  return (
    <Card as="section" aria-labelledby="consistency" className="print-avoid-break space-y-3" data-testid="consistency">
      <h2 id="consistency" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      <ul className="divide-y divide-stone-100" aria-label={t("caption")}>
        {domains.map((d) => {
          const acceptable = d.alpha >= ALPHA_ACCEPTABLE_FROM;
          return (
            <li
              key={d.domainId}
              className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2"
              data-domain={d.domainId}
            >
              <span className="font-medium text-stone-900">{domainName(d.domainId)}</span>
              <span className="tabular-nums text-stone-800">
                α = {format.number(d.alpha, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
              </span>
              <span className={acceptable ? "text-stone-600" : "font-semibold text-amber-900"}>
                {acceptable ? t("acceptable") : t("low")}
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
