import { getTranslations } from "next-intl/server";
import { compareLabels } from "@/components/history/compare-labels";
import { CompareTable } from "@/components/history/compare-table";
import type { Locale } from "@/lib/i18n/locales";
import type { ComparePageData } from "@/lib/server/pages/load-compare-page";

/** Per domain: both scores, the difference and the level change, each level named by its own questionnaire. */
export async function CompareTableSection({
  pair,
  locale,
}: {
  pair: NonNullable<ComparePageData["pair"]>;
  locale: Locale;
}) {
  const [t, { domainName, fromLabels, toLabels, fromDate, toDate }] = await Promise.all([
    getTranslations("compare"),
    compareLabels({ pair, locale }),
  ]);
  return (
    <section aria-labelledby="per-domain" className="print-avoid-break space-y-3">
      <h2 id="per-domain" className="text-xl font-semibold">
        {t("tableTitle")}
      </h2>
      <CompareTable
        rows={pair.comparison.rows}
        labels={{
          domainName,
          fromLevelName: (id) => fromLabels.level(id)?.name ?? null,
          toLevelName: (id) => toLabels.level(id)?.name ?? null,
          fromDate,
          toDate,
          margins: pair.judgement.domains,
        }}
      />
    </section>
  );
}
