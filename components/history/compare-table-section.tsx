import { getFormatter, getTranslations } from "next-intl/server";
import { CompareTable } from "@/components/history/compare-table";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/questionnaire/schema";
import type { ComparePageData } from "@/lib/server/history/load-compare-page";

/** Per domain: both scores, the difference and the level change, each level named by its own questionnaire. */
export async function CompareTableSection({
  pair: { from, to, fromQuestionnaire, toQuestionnaire, comparison },
  locale,
}: {
  pair: NonNullable<ComparePageData["pair"]>;
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations("compare"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const fromLabels = displayLabels(fromQuestionnaire, locale);
  const toLabels = displayLabels(toQuestionnaire, locale);
  return (
    <section aria-labelledby="per-domain" className="print-avoid-break space-y-3">
      <h2 id="per-domain" className="text-xl font-semibold">
        {t("tableTitle")}
      </h2>
      <CompareTable
        rows={comparison.rows}
        labels={{
          domainName: displayLabels([toQuestionnaire, fromQuestionnaire], locale).domainName,
          fromLevelName: (id) => fromLabels.level(id)?.name ?? null,
          toLevelName: (id) => toLabels.level(id)?.name ?? null,
          fromDate: date(from.submittedAt),
          toDate: date(to.submittedAt),
        }}
      />
    </section>
  );
}
