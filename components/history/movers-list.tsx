import { getTranslations } from "next-intl/server";
import { MarginLabel } from "@/components/history/margin-label";
import { Card } from "@/components/ui/card";
import { ChangeValue } from "@/components/ui/change-value";
import type { ChangeLabel } from "@/lib/history/change-label";
import type { CompareRow } from "@/lib/history/compare-scans";

/** The domains that rose and fell most, side by side, each with what its margin allows one to say. */
export async function MoversList({
  movedUp,
  movedDown,
  domainName,
  margins,
}: {
  movedUp: CompareRow[];
  movedDown: CompareRow[];
  domainName: (id: string) => string;
  margins: Readonly<Record<string, ChangeLabel>>;
}) {
  const t = await getTranslations("compare");
  const list = (rows: CompareRow[], title: string, empty: string, id: string) => (
    <Card className="print-avoid-break space-y-2">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="space-y-1.5">
          {rows.map((r) => (
            <li key={r.domainId}>
              <span className="flex items-baseline justify-between gap-3">
                <span>{domainName(r.domainId)}</span>
                <ChangeValue change={r.change} />
              </span>
              <MarginLabel label={margins[r.domainId]} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
  return (
    <section aria-labelledby="movers" className="print-avoid-break space-y-3">
      <h2 id="movers" className="text-xl font-semibold">
        {t("moversTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        {list(movedUp, t("movedUp"), t("noneUp"), "moved-up")}
        {list(movedDown, t("movedDown"), t("noneDown"), "moved-down")}
      </div>
    </section>
  );
}
