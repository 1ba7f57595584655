import "server-only";
import { readAggregate } from "@/lib/aggregation";
import { compareScans, pointsChange } from "@/lib/history/compare-scans";
import { defaultSeries, SERIES_ORDER_BY_NEWEST_FIRST } from "@/lib/history/series";
import { weakestDomain } from "@/lib/history/weakest-domain";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Db, Tx } from "@/lib/server/db/db";
import { judgeDomainChanges } from "@/lib/server/history/judge-pair";

type SummaryScan = {
  id: string;
  kind: string;
  status: string;
  submittedAt: Date | null;
  questionnaireId: string;
  questionnaireVersion: number;
  overallScore: number | null;
  overallLevel: string | null;
  aggregate: string | null;
  domainScores: Array<{ domainId: string; score: number | null; level: string | null }>;
};

/**
 * What the margins allow one to say about the latest change, counted exactly as the compare page labels the
 * same pair's domains: a self-scan is one person's view; between rounds, how many domains with a known margin
 * changed beyond it.
 */
function judgeLatestChange(previous: SummaryScan, latest: SummaryScan) {
  const fromQuestionnaire = getQuestionnaire(previous.questionnaireId, previous.questionnaireVersion);
  const toQuestionnaire = getQuestionnaire(latest.questionnaireId, latest.questionnaireVersion);
  const onePerson = previous.kind === "self" || latest.kind === "self";
  if (onePerson) return { latestChangeBasis: "one-person", latestChangeJudged: null, latestChangeBeyond: null };
  const comparison = compareScans({ from: previous, to: latest, fromQuestionnaire, toQuestionnaire });
  const read = (scan: SummaryScan) => (scan.aggregate ? readAggregate(JSON.parse(scan.aggregate)) : undefined);
  const labels = Object.values(
    judgeDomainChanges({ onePerson, before: read(previous), after: read(latest), comparison }),
  ).filter((label) => label.label !== "margin-unknown");
  return {
    latestChangeBasis: "rounds",
    latestChangeJudged: labels.length,
    latestChangeBeyond: labels.filter((label) => label.label === "beyond-margin").length,
  };
}

/**
 * Recomputes a client's dashboard summary: the latest result of its default series (lib/history/series.ts), and
 * the change against the previous result of that same series, never against another kind of respondent.
 */
export async function refreshClientSummary(tx: Tx | Db, clientId: string): Promise<void> {
  // Lock the client row before reading: two transactions that each submit, close or attach one of the client's
  // scans then refresh one after the other, and the second (under PostgreSQL's READ COMMITTED every statement
  // sees what committed before it) counts the first's scan. On SQLite writers are serial anyway.
  await tx.client.update({ where: { id: clientId }, data: { updatedAt: new Date() }, select: { id: true } });
  const results = await tx.scan.findMany({
    where: { clientId, submittedAt: { not: null } },
    select: { id: true, series: true, kind: true, submittedAt: true },
  });
  const series = defaultSeries(results);
  const [latest, previous] = series
    ? await tx.scan.findMany({
        where: { clientId, series, submittedAt: { not: null } },
        orderBy: SERIES_ORDER_BY_NEWEST_FIRST,
        take: 2,
        select: {
          id: true,
          kind: true,
          status: true,
          submittedAt: true,
          overallScore: true,
          overallLevel: true,
          questionnaireId: true,
          questionnaireVersion: true,
          aggregate: true,
          domainScores: { select: { domainId: true, score: true, level: true } },
        },
      })
    : [];
  const order = latest
    ? (getQuestionnaire(latest.questionnaireId, latest.questionnaireVersion)?.domains.map((d) => d.id) ?? [])
    : [];
  await tx.client.update({
    where: { id: clientId },
    data: {
      submittedCount: results.length,
      latestScanId: latest?.id ?? null,
      latestSubmittedAt: latest?.submittedAt ?? null,
      latestScore: latest?.overallScore ?? null,
      latestLevel: latest?.overallLevel ?? null,
      latestChange: latest && previous ? pointsChange(previous.overallScore, latest.overallScore) : null,
      ...(latest && previous
        ? judgeLatestChange(previous, latest)
        : { latestChangeBasis: null, latestChangeJudged: null, latestChangeBeyond: null }),
      weakestDomain: latest ? weakestDomain(latest.domainScores, order) : null,
    },
  });
}
