import { getTranslations } from "next-intl/server";
import { peersOf } from "@/components/benchmark/peer-figures";
import { RoundDomainCard } from "@/components/rounds/round-domain-card";
import type { RoundAggregate } from "@/lib/aggregation";
import type { PeerComparison } from "@/lib/benchmark/compare-with-peers";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** A round's card per domain (mean, spread, consensus, its peers when shown) and how consensus is read. */
export async function RoundPerDomainSection({
  questionnaire,
  aggregate,
  locale,
  comparison = null,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
  comparison?: PeerComparison | null;
}) {
  if (!aggregate.shown) return null;
  const [t, tc] = await Promise.all([getTranslations("rounds.results"), getTranslations("rounds.consensus")]);
  return (
    <section aria-labelledby="round-per-domain" className="space-y-4">
      <h2 id="round-per-domain" className="text-xl font-semibold print:break-after-avoid">
        {t("perDomain")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
        {aggregate.domains.map((d) => (
          <RoundDomainCard
            key={d.domainId}
            questionnaire={questionnaire}
            domain={d}
            minGroupSize={aggregate.minGroupSize}
            locale={locale}
            peers={peersOf(comparison, d.domainId)}
          />
        ))}
      </div>
      <div className="print-avoid-break rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm text-stone-700">
        <h3 className="font-semibold text-stone-800">{tc("ruleTitle")}</h3>
        <p className="mt-1">{tc("rule")}</p>
      </div>
    </section>
  );
}
