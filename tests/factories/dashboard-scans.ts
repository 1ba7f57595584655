import { nameKey } from "@/lib/clients/name-key";
import { SECTORS, SIZE_BANDS } from "@/lib/clients/options";
import { pointsChange } from "@/lib/history/compare-scans";
import { seriesKey } from "@/lib/history/series";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { levelForScore } from "@/lib/scoring";
import { seededRandom } from "@/lib/seed/answers-for-profile";
import { type BulkRow, bulkInsert } from "@/lib/server/seed/bulk-insert";

// Shared by the dashboard performance test and the benchmark seed (scripts/lib/bench-seed.ts): tens of thousands
// of scans are too many for the data layer, so the rows are written in bulk, summaries filled in as the app does.

export type DashboardClientSummary = {
  id: string;
  name: string;
  latestScore: number;
  latestSubmittedAt: Date;
  /** In whole points, as the scores are shown; null with a single scan. */
  latestChange: number | null;
};

/**
 * `clients` clients with `scans` submitted quick self-scans each (a manager's series), in one workspace, with
 * pseudo-random but repeatable scores. Ids are `<idPrefix><n>` and `<idPrefix><n>s<m>`, names `<namePrefix> 0001`.
 */
export async function seedDashboardScans({
  workspaceId,
  questionnaire,
  clients: clientCount,
  scans: scanCount,
  idPrefix,
  namePrefix,
}: {
  workspaceId: string;
  questionnaire: Questionnaire;
  clients: number;
  scans: number;
  idPrefix: string;
  namePrefix: string;
}): Promise<DashboardClientSummary[]> {
  const quick = questionnaire;
  const domainIds = quick.domains.map((d) => d.id);
  const random = seededRandom(2026);
  const now = new Date();
  const clients: BulkRow[] = [];
  const scanRows: BulkRow[] = [];
  const responses: BulkRow[] = [];
  const domainScores: BulkRow[] = [];
  const summaries: DashboardClientSummary[] = [];
  const series = seriesKey({ kind: "self", questionnaireId: quick.id, role: "manager", team: "" });
  for (let c = 0; c < clientCount; c += 1) {
    const clientId = `${idPrefix}${c}`;
    const name = `${namePrefix} ${String(c).padStart(4, "0")}`;
    const scans: Array<{ id: string; overall: number; submittedAt: Date; scores: number[] }> = [];
    for (let s = 0; s < scanCount; s += 1) {
      const id = `${clientId}s${s}`;
      // Domain scores as the quick scan gives them (two items per domain: steps of 12.5), overall
      // rounded like the scoring library does.
      const scores = domainIds.map(() => Math.floor(random() * 9) * 12.5);
      const overall = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
      const submittedAt = new Date(Date.UTC(2024, s, 1 + (c % 28), 9, 0, c % 60));
      scans.push({ id, overall, submittedAt, scores });
      const overallLevel = levelForScore(quick.levels, overall).id;
      // A submitted self-scan: the closed Scan with its snapshot, and its one submitted Response.
      scanRows.push({
        id,
        kind: "self",
        questionnaireId: quick.id,
        questionnaireVersion: quick.version,
        organisationName: name,
        clientId,
        series,
        status: "closed",
        closedAt: submittedAt,
        locale: "nl",
        resultsToken: `${id}t`,
        submittedAt,
        overallScore: overall,
        overallLevel,
        respondentCount: 1,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      });
      responses.push({
        id: `${id}p`,
        scanId: id,
        resumeToken: `${id}r`,
        role: "manager",
        locale: "nl",
        status: "submitted",
        overallScore: overall,
        overallLevel,
        createdAt: submittedAt,
        updatedAt: submittedAt,
        submittedAt,
      });
      domainIds.forEach((domainId, d) => {
        const score = scores[d] ?? 0;
        const level = levelForScore(quick.levels, score).id;
        domainScores.push({ scanId: id, domainId, score, level, answered: 2, total: 2, respondents: 1 });
      });
    }
    const latest = scans[scans.length - 1];
    const previous = scans[scans.length - 2];
    if (!latest) throw new Error("seedDashboardScans: at least one scan per client");
    const latestChange = previous ? (pointsChange(previous.overall, latest.overall) ?? 0) : null;
    clients.push({
      id: clientId,
      workspaceId,
      name,
      nameKey: nameKey(name),
      sector: SECTORS[c % SECTORS.length] ?? "other",
      sizeBand: SIZE_BANDS[c % SIZE_BANDS.length] ?? "1-9",
      notes: "",
      createdAt: now,
      updatedAt: now,
      submittedCount: scans.length,
      latestScanId: latest.id,
      latestSubmittedAt: latest.submittedAt,
      latestScore: latest.overall,
      latestLevel: levelForScore(quick.levels, latest.overall).id,
      latestChange,
      // Self-scans: a change between two is one person's view (refreshClientSummary, judgeLatestChange).
      latestChangeBasis: previous ? "one-person" : null,
      latestChangeJudged: null,
      latestChangeBeyond: null,
      // The lowest domain, ties going to the first in the questionnaire, as refreshClientSummary does.
      weakestDomain:
        domainIds
          .map((domainId, d) => ({ domainId, d, score: latest.scores[d] ?? 0 }))
          .sort((a, b) => a.score - b.score || a.d - b.d)[0]?.domainId ?? null,
    });
    summaries.push({
      id: clientId,
      name,
      latestScore: latest.overall,
      latestSubmittedAt: latest.submittedAt,
      latestChange,
    });
  }
  // The shared bulk insert (lib/server/seed/bulk-insert.ts) picks SQLite or PostgreSQL from DATABASE_URL itself.
  await bulkInsert("Client", clients);
  await bulkInsert("Scan", scanRows);
  await bulkInsert("Response", responses);
  await bulkInsert("ScanDomainScore", domainScores);
  return summaries;
}
