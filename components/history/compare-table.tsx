import { getTranslations } from "next-intl/server";
import { MarginLabel } from "@/components/history/margin-label";
import { cardClass } from "@/components/ui/card";
import { ChangeValue } from "@/components/ui/change-value";
import { TableRegion } from "@/components/ui/table-region";
import { displayScore } from "@/lib/display/score";
import type { ChangeLabel } from "@/lib/history/change-label";
import type { CompareRow } from "@/lib/history/compare-scans";

export type CompareTableLabels = {
  domainName: (id: string) => string;
  fromLevelName: (id: string | null) => string | null;
  toLevelName: (id: string | null) => string | null;
  fromDate: string;
  toDate: string;
  /** Per domain: what the margin allows one to say about its change (judged on the server). */
  margins: Readonly<Record<string, ChangeLabel>>;
};

const LEVEL_ARROWS = { up: "↑", down: "↓", same: "=" } as const;

/**
 * Domain scores of both scans with the difference, whether it is beyond the margin, and the level change under
 * it (four columns fit 375 px); every number also has words for screen readers.
 */
export async function CompareTable({ rows, labels }: { rows: CompareRow[]; labels: CompareTableLabels }) {
  const t = await getTranslations("compare");
  const scoreCell = (score: number | null, level: string | null, present: boolean, absentText: string) => {
    if (!present) return <span className="text-sm text-stone-500">{absentText}</span>;
    if (score === null) return <span className="text-sm text-stone-500">{t("insufficient")}</span>;
    return (
      <>
        <span className="font-semibold tabular-nums">{displayScore(score)}</span>
        {/* Level names need room; on a phone the level change in the last column tells the story. */}
        {level && <span className="hidden text-xs text-stone-600 sm:block print:block">{level}</span>}
      </>
    );
  };
  return (
    <TableRegion label={t("tableCaption")} className={cardClass({ padding: "none" })}>
      <table className="w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="bg-stone-50 text-xs sm:text-sm">
          <tr className="border-b border-stone-200">
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">
              {t("columns.domain")}
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              {t("columns.earlier")}
              <span className="block font-normal text-stone-600">{labels.fromDate}</span>
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              {t("columns.later")}
              <span className="block font-normal text-stone-600">{labels.toDate}</span>
            </th>
            <th scope="col" className="px-2 py-2 sm:px-3 text-right font-semibold">
              {t("columns.change")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.domainId} className="border-b border-stone-100 align-top last:border-0 print-avoid-break">
              <th scope="row" className="px-2 py-2.5 sm:px-3 font-medium">
                {labels.domainName(r.domainId)}
              </th>
              <td className="px-2 py-2.5">
                {scoreCell(r.fromScore, labels.fromLevelName(r.fromLevel), r.presentIn !== "to", t("onlyLater"))}
              </td>
              <td className="px-2 py-2.5">
                {scoreCell(r.toScore, labels.toLevelName(r.toLevel), r.presentIn !== "from", t("onlyEarlier"))}
              </td>
              <td className="px-2 py-2.5 sm:px-3 text-right">
                <ChangeValue change={r.change} />
                <MarginLabel label={labels.margins[r.domainId]} compact />
                {r.levelChange !== "n.a." && (
                  <span className="block text-xs text-stone-600">
                    <span aria-hidden="true">{LEVEL_ARROWS[r.levelChange]} </span>
                    {t(`level.${r.levelChange}`)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
