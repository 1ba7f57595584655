import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { bandTone, OVERALL_STYLE, seriesStyle } from "@/components/history/chart-styles";
import { TrendChart, type TrendChartRow, type TrendChartSeries } from "@/components/history/trend-chart";
import { TrendTable } from "@/components/history/trend-table";
import { Card } from "@/components/ui/card";
import { displayScore } from "@/lib/display/score";
import { domainKey, trendSeries } from "@/lib/history/trend-series";
import { versionBreaks } from "@/lib/history/version-breaks";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** A client's scores over time: overall and per domain, submitted scans only. */
export async function ClientTrend({
  clientId,
  scans,
  locale,
  subtitle,
  note,
}: {
  clientId: string;
  /** Which series this is (the line never mixes series). */
  subtitle?: string;
  note?: ReactNode;
  scans: ClientScan[];
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);
  const { domains, rows } = trendSeries(scans, getQuestionnaire);
  const breaks = versionBreaks(scans);
  const newVersionAt = new Set(breaks.map((b) => b.scanId));
  const headingId = `trend-${clientId}`;

  const newest = scans.findLast((a) => a.status === "submitted");
  const levels = newest ? (getQuestionnaire(newest.questionnaireId, newest.questionnaireVersion)?.levels ?? []) : [];
  const dateLabel = (ms: number) => format.dateTime(new Date(ms), { dateStyle: "medium" });

  const series: Array<TrendChartSeries & { fixed?: boolean }> = [
    {
      key: "overall",
      label: t("overall"),
      colour: OVERALL_STYLE.colour,
      dash: OVERALL_STYLE.dash,
      width: 3.5,
      fixed: true,
    },
    ...domains.map((d, i) => ({
      key: domainKey(d.id),
      label: localized(d.name, locale),
      ...seriesStyle(i),
      width: 2,
    })),
  ];
  const chartRows: TrendChartRow[] = rows.map((r) => {
    const row: TrendChartRow = { date: r.date, overall: r.overall };
    for (const d of domains) row[domainKey(d.id)] = r[domainKey(d.id)] ?? null;
    return row;
  });

  return (
    <Card as="section" aria-labelledby={headingId} className="print-avoid-break space-y-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("trendTitle")}
      </h2>
      {subtitle && <p className="font-medium text-stone-800">{subtitle}</p>}
      {note}
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("trendEmpty")}</p>
      ) : (
        <>
          {rows.length === 1 && <p className="text-sm text-stone-600">{t("trendNeedsTwo")}</p>}
          {breaks.map((b) => (
            <p
              key={b.scanId}
              className="rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950 print:border-stone-400"
            >
              {t("versionBreak", {
                date: format.dateTime(b.date, { dateStyle: "medium" }),
                from: b.fromVersion,
                to: b.toVersion,
              })}
            </p>
          ))}
          <TrendChart
            rows={chartRows}
            series={series}
            dateLabels={Object.fromEntries(rows.map((r) => [r.date, dateLabel(r.date)]))}
            bands={levels.map((l, rank) => ({
              from: l.from,
              to: l.to,
              name: localized(l.name, locale),
              ...bandTone(rank),
            }))}
          />
          <TrendTable
            caption={t("trendTableCaption")}
            summary={t("trendTableSummary")}
            dateHeader={t("date")}
            columns={series.map((s) => ({ key: s.key, label: s.label }))}
            rows={rows.map((r) => ({
              key: r.scanId,
              date: newVersionAt.has(r.scanId) ? `${dateLabel(r.date)} (${t("versionBreakTable")})` : dateLabel(r.date),
              cells: series.map((s) => {
                const value = s.key === "overall" ? r.overall : (r[s.key as `domain:${string}`] ?? null);
                if (value !== null) return String(displayScore(value));
                const domainId = s.key.slice("domain:".length);
                return r.notMeasured.includes(domainId) ? t("notMeasured") : t("insufficientShort");
              }),
            }))}
          />
        </>
      )}
    </Card>
  );
}
