import { compareSeriesOrder } from "@/lib/history/series";
import type { HistoryScan } from "@/lib/history/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";

export type TrendDomain = { id: string; name: Questionnaire["domains"][number]["name"] };

/** One scan on the chart. Domain scores are keyed by `domainKey(id)`; null = insufficient or not measured. */
export type TrendRow = {
  scanId: string;
  /** Submitted time in ms since the epoch. */
  date: number;
  overall: number | null;
  /** Domains this scan's questionnaire did not contain (null for another reason than too few answers). */
  notMeasured: string[];
  [key: `domain:${string}`]: number | null;
};

/** Prefixed so a domain id can never clash with the row's own fields. */
export function domainKey(domainId: string): `domain:${string}` {
  return `domain:${domainId}`;
}

export type TrendSeries = { domains: TrendDomain[]; rows: TrendRow[] };

type FindQuestionnaire = (id: string, version: number) => Questionnaire | undefined;

/**
 * Chart rows for a client's submitted scans, oldest first. Domains are ordered as in the newest scan's
 * questionnaire, followed by domains only older questionnaires had, so a retired domain stays visible.
 */
export function trendSeries(scans: readonly HistoryScan[], findQuestionnaire: FindQuestionnaire): TrendSeries {
  const submitted = scans
    .filter((a): a is HistoryScan & { submittedAt: Date } => a.status === "submitted" && a.submittedAt !== null)
    .sort(compareSeriesOrder);

  const domains: TrendDomain[] = [];
  const seen = new Set<string>();
  for (const a of [...submitted].reverse()) {
    const questionnaire = findQuestionnaire(a.questionnaireId, a.questionnaireVersion);
    const list = questionnaire?.domains.map((d) => ({ id: d.id, name: d.name })) ?? [];
    // Without its questionnaire (withdrawn file) the stored scores still name their domains.
    for (const s of a.domainScores) {
      if (!list.some((d) => d.id === s.domainId))
        list.push({ id: s.domainId, name: { nl: s.domainId, en: s.domainId } });
    }
    for (const d of list) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      domains.push(d);
    }
  }

  const rows = submitted.map((a) => {
    const questionnaire = findQuestionnaire(a.questionnaireId, a.questionnaireVersion);
    const measured = new Set(questionnaire?.domains.map((d) => d.id) ?? a.domainScores.map((s) => s.domainId));
    const row: TrendRow = {
      scanId: a.id,
      date: a.submittedAt.getTime(),
      overall: a.overallScore,
      notMeasured: domains.filter((d) => !measured.has(d.id)).map((d) => d.id),
    };
    for (const d of domains) {
      row[domainKey(d.id)] = a.domainScores.find((s) => s.domainId === d.id)?.score ?? null;
    }
    return row;
  });

  return { domains, rows };
}
