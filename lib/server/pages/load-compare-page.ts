import "server-only";
import { type Comparison, compareScans } from "@/lib/history/compare-scans";
import { type ComparePair, selectComparePair } from "@/lib/history/select-pair";
import { seriesWithResults } from "@/lib/history/series";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { compareQuerySchema } from "@/lib/schemas/client";
import { type ClientScan, listClientScans } from "@/lib/server/clients/client-scans";
import { judgePair, type PairJudgement } from "@/lib/server/history/judge-pair";

export type ComparePageData = {
  scans: ClientScan[];
  series: string[];
  selected: string | undefined;
  inSeries: ClientScan[];
  /** The two scans compared, or null when the series has fewer than two submitted. */
  pair:
    | (ComparePair<ClientScan> & {
        fromQuestionnaire: Questionnaire | undefined;
        toQuestionnaire: Questionnaire | undefined;
        comparison: Comparison;
        /** What the margins allow one to say about each change (plain data, computed here). */
        judgement: PairJudgement;
      })
    | null;
};

/**
 * Two submitted scans of one of the client's series side by side (?a=…&b=…&series=…); null when a scan asked for
 * is not this client's, which the page answers like any missing page.
 */
export async function loadComparePage({
  workspaceId,
  clientId,
  a,
  b,
  series: askedSeries,
}: {
  workspaceId: string;
  clientId: string;
  a: string | undefined;
  b: string | undefined;
  series: string | undefined;
}): Promise<ComparePageData | null> {
  const query = compareQuerySchema.parse({ a, b });
  const scans = await listClientScans({ workspaceId, clientId });
  // A well-formed id that is not this client's scan answers like any missing page.
  for (const id of [query.a, query.b]) if (id && !scans.some((s) => s.id === id)) return null;
  // Both scans come from one series: the one asked for, else that of the first scan asked for, else the default.
  const series = seriesWithResults(scans);
  const selected =
    askedSeries && series.includes(askedSeries)
      ? askedSeries
      : (scans.find((s) => s.id === query.a && s.status === "submitted")?.series ?? series[0]);
  const inSeries = scans.filter((s) => s.series === selected);
  const pair = selectComparePair(inSeries, query);
  if (!pair) return { scans, series, selected, inSeries, pair: null };
  const fromQuestionnaire = getQuestionnaire(pair.from.questionnaireId, pair.from.questionnaireVersion);
  const toQuestionnaire = getQuestionnaire(pair.to.questionnaireId, pair.to.questionnaireVersion);
  const comparison = compareScans({ from: pair.from, to: pair.to, fromQuestionnaire, toQuestionnaire });
  const judgement = await judgePair({ from: pair.from, to: pair.to, fromQuestionnaire, toQuestionnaire, comparison });
  return {
    scans,
    series,
    selected,
    inSeries,
    pair: { ...pair, fromQuestionnaire, toQuestionnaire, comparison, judgement },
  };
}
