import "server-only";
import { randomBytes } from "node:crypto";
import { aggregateRound } from "@/lib/aggregation";
import { nameKey } from "@/lib/clients/name-key";
import { type Sector, SIZE_BANDS } from "@/lib/clients/options";
import { seriesKey } from "@/lib/history/series";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { levelForScore } from "@/lib/scoring";
import { round2 } from "@/lib/scoring/round2";
import { seededRandom } from "@/lib/seed/answers-for-profile";
import { refreshAllBenchmarks } from "@/lib/server/benchmark/refresh-benchmarks";
import { db } from "@/lib/server/db/db";
import { type BulkRow, bulkInsert } from "@/lib/server/seed/bulk-insert";
import { demoDate } from "@/lib/server/seed/demo-workspace";

// The benchmark's demo peers for `npm run db:seed`: 60 organisations in five other consultancies' workspaces
// (without accounts: nobody signs in to them), all opted in, with submitted self-scans and some team rounds, so
// the demo consultant's clients show benchmarks at once. Inserted in bulk (their snapshots only: peers are
// never opened), dated relative to the day of seeding.

export const PEER_WORKSPACES = [
  "Adviesbureau Kompasroos",
  "Klantwaarde Partners",
  "Bureau Dichtbij",
  "Het Servicelab",
  "Noorderlicht Advies",
] as const;

/** How many peers per sector; some sectors stay below the minimum on purpose, to show the fall-back. */
const SECTOR_COUNTS: ReadonlyArray<[Sector, number]> = [
  ["healthcare", 9],
  ["public", 8],
  ["retail", 7],
  ["financial", 6],
  ["nonprofit", 6],
  ["construction", 6],
  ["ict", 6],
  ["education", 5],
  ["manufacturing", 3],
  ["logistics", 2],
  ["hospitality", 2],
];

/** Typical overall level per sector (points): sectors differ, so a sector group tells something. */
const SECTOR_BASE: Readonly<Record<string, number>> = {
  healthcare: 40,
  public: 37,
  retail: 52,
  financial: 57,
  nonprofit: 45,
  construction: 41,
  ict: 61,
  education: 47,
  manufacturing: 46,
  logistics: 43,
  hospitality: 50,
};

const workspaceId = (index: number) => `demopeers${index + 1}`;
const token = () => randomBytes(24).toString("base64url");
const clamp = (value: number) => Math.max(3, Math.min(97, value));

export type PeerScan = {
  kind: "self" | "team";
  questionnaire: Questionnaire;
  submittedAt: Date;
  scores: number[];
};

/** The rows of one submitted scan (its snapshot; a round's from respondents around the given means), for bulkInsert. */
export function peerScanRows(
  scan: PeerScan,
  ids: { scanId: string; clientId: string; organisationName: string },
  random: () => number,
): { scan: BulkRow; responses: BulkRow[]; domainScores: BulkRow[] } {
  const { questionnaire: q, submittedAt } = scan;
  const domainIds = q.domains.map((d) => d.id);
  const itemsIn = (domainId: string) => q.items.filter((i) => i.domain === domainId).length;
  let scores = scan.scores;
  let overall = round2(scores.reduce((a, b) => a + b, 0) / scores.length);
  let aggregate: string | null = null;
  let respondents = 1;
  if (scan.kind === "team") {
    // A round's snapshot from a dozen respondents around the organisation's means, aggregated as at close.
    respondents = 10 + Math.floor(random() * 10);
    const responses = Array.from({ length: respondents }, (_, r) => ({
      role: r < 2 ? "board" : r < 5 ? "manager" : "employee",
      domainScores: domainIds.map((domainId, d) => ({
        domainId,
        score: round2(clamp((scores[d] ?? 50) + (random() - 0.5) * 30)),
      })),
      answers: {},
    }));
    const result = aggregateRound({ questionnaire: q, responses, minGroupSize: 3 });
    aggregate = JSON.stringify(result);
    scores = result.domains.map((d) => d.score ?? 0);
    overall = result.overall.score ?? overall;
  }
  const overallLevel = levelForScore(q.levels, overall).id;
  const series =
    scan.kind === "team"
      ? seriesKey({ kind: "team", questionnaireId: q.id })
      : seriesKey({ kind: "self", questionnaireId: q.id, role: "board", team: "" });
  return {
    scan: {
      id: ids.scanId,
      kind: scan.kind,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      organisationName: ids.organisationName,
      clientId: ids.clientId,
      series,
      status: "closed",
      closedAt: submittedAt,
      roles: scan.kind === "team" ? "board\nmanager\nemployee" : "",
      locale: "nl",
      minGroupSize: 3,
      resultsToken: token(),
      organiserToken: scan.kind === "team" ? token() : null,
      teamToken: scan.kind === "team" ? token() : null,
      submittedAt,
      overallScore: overall,
      overallLevel,
      respondentCount: respondents,
      aggregate,
      createdAt: new Date(submittedAt.getTime() - 14 * 86_400_000),
      updatedAt: submittedAt,
    },
    responses:
      scan.kind === "self"
        ? [
            {
              id: `${ids.scanId}r`,
              scanId: ids.scanId,
              resumeToken: token(),
              role: "board",
              locale: "nl",
              status: "submitted",
              overallScore: overall,
              overallLevel,
              createdAt: submittedAt,
              updatedAt: submittedAt,
              submittedAt,
            },
          ]
        : [],
    domainScores: domainIds.map((domainId, d) => {
      const score = scores[d] ?? 0;
      return {
        scanId: ids.scanId,
        domainId,
        score,
        level: levelForScore(q.levels, score).id,
        answered: scan.kind === "team" ? respondents : itemsIn(domainId),
        total: scan.kind === "team" ? respondents : itemsIn(domainId),
        respondents,
      };
    }),
  };
}

/**
 * Creates the peers once (a second run finds the first peer workspace and adds nothing), opts the demo
 * consultant's workspace in the first time, and refreshes the norms.
 */
export async function seedDemoPeers({
  demoWorkspaceId,
  now = new Date(),
}: {
  demoWorkspaceId: string;
  now?: Date;
}): Promise<{ created: boolean; organisations: number }> {
  const exists = await db.workspace.count({ where: { id: workspaceId(0) } });
  const organisations = SECTOR_COUNTS.reduce((sum, [, count]) => sum + count, 0);
  if (exists > 0) {
    await refreshAllBenchmarks();
    return { created: false, organisations };
  }
  const full = getLatestByKind("full");
  const quick = getLatestByKind("quick");
  if (!full || !quick) throw new Error("seedDemoPeers: questionnaires missing");
  const random = seededRandom(9009);
  const workspaces: BulkRow[] = PEER_WORKSPACES.map((name, i) => ({
    id: workspaceId(i),
    name,
    createdAt: now,
    updatedAt: now,
    benchmarkOptIn: true,
  }));
  const clients: BulkRow[] = [];
  const scans: BulkRow[] = [];
  const responses: BulkRow[] = [];
  const domainScores: BulkRow[] = [];
  let index = 0;
  for (const [sector, count] of SECTOR_COUNTS) {
    for (let s = 0; s < count; s += 1, index += 1) {
      const clientId = `demopeer${String(index + 1).padStart(2, "0")}`;
      const name = `Vergelijkingsorganisatie ${String(index + 1).padStart(2, "0")}`;
      const sizeIndex = (index * 3 + s) % SIZE_BANDS.length;
      const sizeBand = SIZE_BANDS[sizeIndex] ?? "10-49";
      clients.push({
        id: clientId,
        workspaceId: workspaceId(index % PEER_WORKSPACES.length),
        name,
        nameKey: nameKey(name),
        sector,
        sizeBand,
        notes: "",
        createdAt: now,
        updatedAt: now,
      });
      const level = (SECTOR_BASE[sector] ?? 45) + sizeIndex * 2 + (random() - 0.5) * 30;
      const profile = (lift: number) => full.domains.map(() => round2(clamp(level + lift + (random() - 0.5) * 24)));
      const planned: PeerScan[] = [
        // Everyone: a full self-scan of the last 20 months; every other one an earlier one too (one per organisation).
        { kind: "self", questionnaire: full, submittedAt: demoDate(now, 1 + (index % 20), index), scores: profile(0) },
      ];
      if (index % 2 === 0)
        planned.push({
          kind: "self",
          questionnaire: full,
          submittedAt: demoDate(now, 21 + (index % 3), index + 1),
          scores: profile(-8),
        });
      if (index % 5 === 0 || index % 5 === 2)
        planned.push({
          kind: "self",
          questionnaire: quick,
          submittedAt: demoDate(now, 2 + (index % 9), index + 2),
          scores: profile(3),
        });
      // Outside the 24-month window: never counted.
      if (index % 11 === 4)
        planned.push({
          kind: "self",
          questionnaire: quick,
          submittedAt: demoDate(now, 30, index + 3),
          scores: profile(-15),
        });
      // Team rounds score a little lower than self-scans: self-ratings run high.
      if (sector === "healthcare" || index % 3 === 0)
        planned.push({
          kind: "team",
          questionnaire: quick,
          submittedAt: demoDate(now, 1 + (index % 12), index + 4),
          scores: profile(-6),
        });
      if (index % 7 === 0)
        planned.push({
          kind: "team",
          questionnaire: full,
          submittedAt: demoDate(now, 3 + (index % 10), index + 5),
          scores: profile(-6),
        });
      for (const [n, scan] of planned.entries()) {
        const rows = peerScanRows(scan, { scanId: `${clientId}s${n}`, clientId, organisationName: name }, random);
        scans.push(rows.scan);
        responses.push(...rows.responses);
        domainScores.push(...rows.domainScores);
      }
    }
  }
  // Parents first, for the foreign keys.
  await bulkInsert("Workspace", workspaces);
  await bulkInsert("Client", clients);
  // Self-scans and rounds have the same columns (null where a kind has none): one insert.
  await bulkInsert("Scan", scans);
  await bulkInsert("Response", responses);
  await bulkInsert("ScanDomainScore", domainScores);
  await db.workspace.update({ where: { id: demoWorkspaceId }, data: { benchmarkOptIn: true } });
  await refreshAllBenchmarks();
  return { created: true, organisations };
}
