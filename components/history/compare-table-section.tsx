import { getTranslations } from "next-intl/server";
import { CompareTable, type CompareTableLabels } from "@/components/history/compare-table";
import type { CompareRow } from "@/lib/history/compare-scans";

/** Per domain: both scores, the difference and the level change. */
export async function CompareTableSection({ rows, labels }: { rows: CompareRow[]; labels: CompareTableLabels }) {
  const t = await getTranslations("compare");
  return (
    <section aria-labelledby="per-domain" className="print-avoid-break space-y-3">
      <h2 id="per-domain" className="text-xl font-semibold">
        {t("tableTitle")}
      </h2>
      <CompareTable rows={rows} labels={labels} />
    </section>
  );
}
