import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangeMarginNote } from "@/components/clients/change-margin-note";
import { type ClientRow, clientRowFacts, type Named } from "@/components/clients/client-row";
import { SortHeader } from "@/components/clients/sort-header";
import { LevelBadge } from "@/components/results/level-badge";
import { cardClass } from "@/components/ui/card";
import { ChangeValue } from "@/components/ui/change-value";
import { TableRegion } from "@/components/ui/table-region";
import type { ClientSort } from "@/lib/clients/options";
import type { ClientListQuery } from "@/lib/schemas/client";

/** The dashboard table; it scrolls sideways on small screens, with the client name first. */
export async function ClientTable({
  rows,
  total,
  query,
  levels,
  domains,
}: {
  rows: ClientRow[];
  total: number;
  query: ClientListQuery;
  levels: readonly Named[];
  domains: readonly Named[];
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const sortable = (sort: ClientSort, label: string, align?: "right") => (
    <SortHeader query={query} sort={sort} label={label} align={align} />
  );
  const cell = "px-3 py-3 align-middle";
  const caption = t(query.archived === "1" ? "dashboard.archivedCount" : "dashboard.count", { total });
  return (
    <TableRegion label={caption} className={cardClass({ padding: "none" })}>
      <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            {sortable("name", t("dashboard.columns.name"))}
            <th scope="col" className={`${cell} font-semibold`}>
              {t("dashboard.columns.sector")}
            </th>
            <th scope="col" className={`${cell} font-semibold`}>
              {t("dashboard.columns.level")}
            </th>
            {sortable("score", t("dashboard.columns.score"), "right")}
            {sortable("lastScan", t("dashboard.columns.lastScan"))}
            {sortable("change", t("dashboard.columns.change"), "right")}
            <th scope="col" className={`${cell} font-semibold`}>
              {t("dashboard.columns.weakest")}
            </th>
            <th scope="col" className={`${cell} text-right font-semibold`}>
              {t("dashboard.columns.scans")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => {
            const { level, weakest } = clientRowFacts(row, levels, domains);
            return (
              <tr key={row.id} className="hover:bg-stone-50">
                <th scope="row" className={`${cell} min-w-44 font-medium`}>
                  <Link
                    href={`/clients/${row.id}`}
                    className="text-brand-800 underline decoration-brand-200 underline-offset-2 hover:decoration-brand-700"
                  >
                    {row.name}
                  </Link>
                  {row.archivedAt && (
                    <span className="ml-2 rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">
                      {t("dashboard.archived")}
                    </span>
                  )}
                </th>
                <td className={`${cell} text-stone-700`}>{t(`sectors.${row.sector as "other"}`)}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  {level ? (
                    <LevelBadge name={level.name} rank={level.rank} />
                  ) : (
                    <span className="text-stone-500">{t("dashboard.noScan")}</span>
                  )}
                </td>
                <td className={`${cell} text-right tabular-nums`}>
                  {row.latestScore === null ? <Dash /> : Math.round(row.latestScore)}
                </td>
                <td className={`${cell} whitespace-nowrap text-stone-700`}>
                  {row.latestSubmittedAt ? format.dateTime(row.latestSubmittedAt, { dateStyle: "medium" }) : <Dash />}
                </td>
                <td className={`${cell} text-right`}>
                  {row.latestSubmittedAt ? (
                    <>
                      <ChangeValue change={row.latestChange} variant="dashboard" />
                      {row.latestChange !== null && <ChangeMarginNote margin={row} />}
                    </>
                  ) : (
                    <Dash />
                  )}
                </td>
                <td className={`${cell} text-stone-700`}>{weakest ?? <Dash />}</td>
                <td className={`${cell} text-right tabular-nums`}>{row.submittedCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Dash() {
  return <span className="text-stone-400">—</span>;
}
