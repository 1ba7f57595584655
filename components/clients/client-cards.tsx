import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ChangeMarginNote } from "@/components/clients/change-margin-note";
import { type ClientRow, clientRowFacts, type Named } from "@/components/clients/client-row";
import { LevelBadge } from "@/components/results/level-badge";
import { Card } from "@/components/ui/card";
import { ChangeValue } from "@/components/ui/change-value";

/** The dashboard on a phone: one card per client with the same facts as the table's columns. */
export async function ClientCards({
  rows,
  levels,
  domains,
}: {
  rows: ClientRow[];
  levels: readonly Named[];
  domains: readonly Named[];
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ul className="space-y-3">
      {rows.map((row) => {
        const { level, weakest } = clientRowFacts(row, levels, domains);
        return (
          <Card as="li" key={row.id} padding="sm" className="space-y-3">
            <div className="space-y-1">
              <p className="font-semibold">
                <Link href={`/clients/${row.id}`} className="text-brand-800 underline underline-offset-2">
                  {row.name}
                </Link>
                {row.archivedAt && (
                  <span className="ml-2 rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">
                    {t("dashboard.archived")}
                  </span>
                )}
              </p>
              <p className="text-sm text-stone-600">{t(`sectors.${row.sector as "other"}`)}</p>
            </div>
            {level && row.latestScore !== null ? (
              <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
                <Fact label={t("dashboard.columns.level")}>
                  <span className="whitespace-nowrap">
                    <LevelBadge name={level.name} rank={level.rank} />
                  </span>
                </Fact>
                <Fact label={t("dashboard.columns.score")}>
                  <span className="font-semibold tabular-nums">{Math.round(row.latestScore)}</span>
                </Fact>
                <Fact label={t("dashboard.columns.lastScan")}>
                  {row.latestSubmittedAt ? format.dateTime(row.latestSubmittedAt, { dateStyle: "medium" }) : "—"}
                </Fact>
                <Fact label={t("dashboard.columns.change")}>
                  <ChangeValue change={row.latestChange} variant="dashboard" />
                  {row.latestChange !== null && <ChangeMarginNote margin={row} />}
                </Fact>
                <Fact label={t("dashboard.columns.weakest")}>{weakest ?? "—"}</Fact>
                <Fact label={t("dashboard.columns.scans")}>{row.submittedCount}</Fact>
              </dl>
            ) : (
              <p className="text-sm text-stone-600">{t("dashboard.noScan")}</p>
            )}
          </Card>
        );
      })}
    </ul>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-stone-600">{label}</dt>
      <dd className="mt-0.5 text-stone-900">{children}</dd>
    </div>
  );
}
