import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PeerSummary } from "@/components/benchmark/peer-summary";
import { Card } from "@/components/ui/card";
import { TableRegion } from "@/components/ui/table-region";
import { type GroupType, OVERALL } from "@/lib/benchmark/types";
import { formatScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { getScanBenchmark } from "@/lib/server/benchmark/get-scan-benchmark";

type LatestScan = {
  id: string;
  questionnaireId: string;
  questionnaireVersion: number;
  submittedAt: Date | null;
  overallScore: number | null;
  domainScores: ReadonlyArray<{ domainId: string; score: number | null }>;
};

/**
 * The client page's benchmark: the latest scan of the series on screen against its peers, per domain and overall,
 * in a table. A workspace that does not take part gets a pointer to the settings instead (give-to-get).
 */
export async function ClientBenchmark({
  name,
  scan,
  requested,
  hrefFor,
  locale,
}: {
  name: string;
  scan: LatestScan;
  requested: GroupType;
  hrefFor: (group: GroupType) => string;
  locale: Locale;
}) {
  const [t, tp, format, benchmark] = await Promise.all([
    getTranslations("benchmark"),
    getTranslations("benchmark.peers"),
    getFormatter(),
    getScanBenchmark({ scan: { id: scan.id }, requested }),
  ]);
  if (benchmark.state === "off") {
    if (benchmark.reason !== "not-opted-in") return null;
    return (
      <Card as="section" aria-labelledby="peers-off" data-testid="peer-off" className="no-print space-y-2">
        <h2 id="peers-off" className="text-lg font-semibold">
          {tp("title")}
        </h2>
        <p className="text-stone-700">{t("client.off", { name })}</p>
        <Link href="/benchmark" className="font-medium text-brand-800 underline underline-offset-2">
          {t("client.settings")}
        </Link>
      </Card>
    );
  }
  const questionnaire = getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  const { comparison } = benchmark;
  const rows = [
    ...(questionnaire?.domains ?? []).map((d) => ({
      metric: d.id,
      label: localized(d.name, locale),
      score: scan.domainScores.find((s) => s.domainId === d.id)?.score ?? null,
    })),
    { metric: OVERALL, label: tp("overall"), score: scan.overallScore },
  ];
  const cell = "px-2 py-1.5 text-right tabular-nums";
  return (
    <div className="space-y-2">
      {scan.submittedAt && (
        <p className="text-sm text-stone-600">
          {t("client.lead", { date: format.dateTime(scan.submittedAt, { dateStyle: "long" }) })}
        </p>
      )}
      <PeerSummary benchmark={benchmark} hrefFor={hrefFor}>
        {comparison.shown && (
          <TableRegion label={tp("tableLabel", { name })}>
            <table className="w-full min-w-[22rem] text-sm">
              <caption className="sr-only">{tp("tableLabel", { name })}</caption>
              <thead>
                <tr className="border-b border-stone-200 text-xs text-stone-600">
                  <th scope="col" className="px-2 py-1.5 text-left font-semibold">
                    {tp("colDomain")}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-right font-semibold">
                    {tp("colScore")}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-right font-semibold">
                    {tp("median")}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-right font-semibold">
                    {tp("p75")}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-right font-semibold">
                    {tp("percentile")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const peers = comparison.metrics[row.metric];
                  return (
                    <tr
                      key={row.metric}
                      className={`border-b border-stone-100 ${row.metric === OVERALL ? "font-semibold" : ""}`}
                    >
                      <th scope="row" className="px-2 py-1.5 text-left font-medium">
                        {row.label}
                      </th>
                      <td className={cell}>{formatScore(row.score, tp("notScored"))}</td>
                      <td className={cell}>{formatScore(peers?.median)}</td>
                      <td className={cell}>{formatScore(peers?.p75)}</td>
                      <td className={cell}>{formatScore(peers?.percentile)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        )}
      </PeerSummary>
    </div>
  );
}
