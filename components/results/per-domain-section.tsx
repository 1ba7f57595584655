import { getTranslations } from "next-intl/server";
import { peersOf } from "@/components/benchmark/peer-figures";
import { DomainCard } from "@/components/results/domain-card";
import type { PeerComparison } from "@/lib/benchmark/compare-with-peers";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { ScoreResult } from "@/lib/scoring";

/** A self-scan's card per domain, each with its peers when a benchmark group is shown. */
export async function PerDomainSection({
  questionnaire,
  result,
  locale,
  comparison,
}: {
  questionnaire: Questionnaire;
  result: ScoreResult;
  locale: Locale;
  comparison: PeerComparison | null;
}) {
  const t = await getTranslations("results");
  return (
    <section aria-labelledby="per-domain" className="space-y-4">
      <h2 id="per-domain" className="text-xl font-semibold print:break-after-avoid">
        {t("perDomain")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
        {result.domains.map((d) => (
          <DomainCard
            key={d.domainId}
            questionnaire={questionnaire}
            result={d}
            locale={locale}
            insight={result.insight.find((i) => i.domainId === d.domainId)}
            peers={peersOf(comparison, d.domainId)}
          />
        ))}
      </div>
    </section>
  );
}
