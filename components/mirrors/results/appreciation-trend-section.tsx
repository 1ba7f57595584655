import { getFormatter, getTranslations } from "next-intl/server";
import { formatDecimal } from "@/components/mirrors/results/mirror-format";
import { PointChart } from "@/components/mirrors/results/point-chart";
import { Card } from "@/components/ui/card";
import { TableRegion } from "@/components/ui/table-region";
import { formatScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientMirror } from "@/lib/server/mirrors/list-client-mirrors";

/** What the section needs of a client's scans (listClientScans gives these): the maturity of the paired scan. */
export type TrendScan = { id: string; series: string; overallScore: number | null; submittedAt: Date | null };

/**
 * The client page's "customer appreciation over time": per series, NPS (with its 90% margin as error bars) and
 * the report mark per mirror beside the maturity score of the scan or round it was paired with, as small charts
 * and a table with every number. Open mirrors and groups under the minimum show no figure.
 */
export async function AppreciationTrendSection({
  mirrors,
  scans,
  locale,
}: {
  /** listClientMirrors({ clientId }), oldest first. */
  mirrors: readonly ClientMirror[];
  /** listClientScans({ workspaceId, clientId }): the maturity trend's own data. */
  scans: readonly TrendScan[];
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations("mirrorResults.trend"), getFormatter()]);
  const bySeries = new Map<string, ClientMirror[]>();
  for (const m of mirrors) bySeries.set(m.series, [...(bySeries.get(m.series) ?? []), m]);
  const scanOf = (id: string) => scans.find((s) => s.id === id);
  // A mirror's figures date from its close; an open one has none yet and is left out of the charts.
  const dateOf = (m: ClientMirror) => m.closedAt;
  const short = (m: ClientMirror) => {
    const date = dateOf(m);
    return date ? format.dateTime(date, { month: "short", year: "2-digit" }) : "–";
  };
  const npsText = (m: ClientMirror) => {
    if (!m.closedAt) return t("open");
    if (!m.nps) return t("notAsked");
    if (m.nps.score === null) return t("tooFew");
    return `${formatDecimal(m.nps.score, locale)} (± ${formatDecimal(m.nps.margin90 ?? 0, locale)})`;
  };
  const markText = (m: ClientMirror) => {
    if (!m.closedAt) return t("open");
    if (!m.mark) return t("notAsked");
    return m.mark.mean === null ? t("tooFew") : formatDecimal(m.mark.mean, locale);
  };
  return (
    <Card as="section" aria-labelledby="appreciation-trend" className="print-avoid-break space-y-4">
      <h2 id="appreciation-trend" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      {mirrors.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      {[...bySeries.entries()].map(([series, list]) => {
        const closed = list.filter((m) => m.closedAt !== null);
        return (
          <div key={series} className="space-y-3" data-testid="appreciation-series">
            {bySeries.size > 1 && <h3 className="font-semibold">{t("seriesLabel", { series })}</h3>}
            {closed.length > 0 && (
              <div className="grid gap-4 sm:grid-cols-3">
                <PointChart
                  title={t("maturity")}
                  points={closed.map((m) => ({ label: short(m), value: scanOf(m.pairedScanId)?.overallScore ?? null }))}
                  min={0}
                  max={100}
                  ticks={[0, 50, 100]}
                  colour="#184946"
                />
                <PointChart
                  title={t("nps")}
                  points={closed.map((m) => ({
                    label: short(m),
                    value: m.nps?.score ?? null,
                    margin: m.nps?.margin90,
                  }))}
                  min={-100}
                  max={100}
                  ticks={[-100, 0, 100]}
                  colour="#0072b2"
                />
                <PointChart
                  title={t("mark")}
                  points={closed.map((m) => ({ label: short(m), value: m.mark?.mean ?? null }))}
                  min={1}
                  max={10}
                  ticks={[1, 5, 10]}
                  colour="#d55e00"
                />
              </div>
            )}
            <TableRegion label={t("caption")} className="rounded-lg border border-stone-200">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("caption")}</caption>
                <thead>
                  <tr className="border-b border-stone-200 text-left">
                    <th scope="col" className="p-2">
                      {t("date")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("maturity")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("nps")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("mark")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("customers")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((m) => {
                    const date = dateOf(m);
                    return (
                      <tr key={m.id} className="border-b border-stone-100" data-testid="appreciation-row">
                        <th scope="row" className="p-2 text-left font-normal">
                          {date ? format.dateTime(date, { dateStyle: "medium" }) : "–"}
                        </th>
                        <td className="p-2 tabular-nums">{formatScore(scanOf(m.pairedScanId)?.overallScore)}</td>
                        <td className="p-2 tabular-nums">{npsText(m)}</td>
                        <td className="p-2 tabular-nums">{markText(m)}</td>
                        <td className="p-2 tabular-nums">{m.respondents}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableRegion>
          </div>
        );
      })}
    </Card>
  );
}
