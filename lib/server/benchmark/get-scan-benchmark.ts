import "server-only";
import { after } from "next/server";
import { type CompareInput, compareWithPeers, type PeerComparison } from "@/lib/benchmark/compare-with-peers";
import { setId } from "@/lib/benchmark/domain-set";
import { GROUP_TYPES, type GroupType, type Norm, OVERALL, type ScanKind } from "@/lib/benchmark/types";
import { env } from "@/lib/env";
import { refreshStaleBenchmarks, STALE_AFTER_MS, setOfScan } from "@/lib/server/benchmark/refresh-benchmarks";
import { db } from "@/lib/server/db/db";

export type ScanBenchmark =
  /** Not shown: the scan has no client, or its workspace does not take part (give-to-get). */
  | { state: "off"; reason: "no-client" | "not-opted-in" | "unknown-questionnaire" }
  | {
      state: "on";
      scanKind: ScanKind;
      sector: string;
      sizeBand: string;
      comparison: PeerComparison;
    };

/** A `?peers=` value from the URL; the sector by default. */
export function parseGroupType(value: unknown): GroupType {
  return typeof value === "string" && (GROUP_TYPES as readonly string[]).includes(value)
    ? (value as GroupType)
    : "sector";
}

const parseScores = (text: string) => (text === "" ? [] : text.split(",").map(Number));

/**
 * A scan against its peers, read from the precomputed norms (never from other organisations' scans): a fixed
 * number of queries, whatever the number of scans in the installation. Shown when the scan belongs to a client of
 * a workspace that takes part — to the consultant and to anyone with the read-only results link alike, as the
 * figures are anonymous.
 */
export async function getScanBenchmark({
  scan: which,
  requested,
}: {
  /** The viewed scan, by id or by its results token. */
  scan: { id: string } | { resultsToken: string };
  requested: GroupType;
}): Promise<ScanBenchmark> {
  const scan = await db.scan.findUnique({
    where: which,
    select: {
      id: true,
      kind: true,
      questionnaireId: true,
      questionnaireVersion: true,
      overallScore: true,
      domainScores: { select: { domainId: true, score: true } },
      client: {
        select: {
          id: true,
          workspaceId: true,
          sector: true,
          sizeBand: true,
          workspace: { select: { benchmarkOptIn: true } },
        },
      },
    },
  });
  if (!scan?.client) return { state: "off", reason: "no-client" };
  const { client } = scan;
  if (!client.workspace.benchmarkOptIn) return { state: "off", reason: "not-opted-in" };
  const set = setOfScan(scan);
  if (!set) return { state: "off", reason: "unknown-questionnaire" };
  const where = { questionnaireId: set.questionnaireId, domainSetKey: set.domainSetKey, scanKind: set.scanKind };
  const [norms, member, ownGroups, refresh] = await Promise.all([
    db.benchmarkNorm.findMany({
      where: {
        ...where,
        OR: [
          { groupType: "all" },
          { groupType: "sector", groupValue: client.sector },
          { groupType: "size", groupValue: client.sizeBand },
        ],
      },
    }),
    db.benchmarkMember.findUnique({
      where: { questionnaireId_domainSetKey_scanKind_clientId: { ...where, clientId: client.id } },
    }),
    db.benchmarkMember.groupBy({
      by: ["sector", "sizeBand"],
      where: { ...where, workspaceId: client.workspaceId },
      _count: { _all: true },
    }),
    db.benchmarkRefresh.findUnique({ where: { id: setId(set) }, select: { refreshedAt: true } }),
  ]);
  // Scans leave the 24-month window without anyone submitting: a day-old set is refreshed after this response.
  if (!refresh || Date.now() - refresh.refreshedAt.getTime() > STALE_AFTER_MS) scheduleRefresh();

  const values: Record<string, number | null> = { [OVERALL]: scan.overallScore };
  for (const d of scan.domainScores) values[d.domainId] = d.score;
  // The organisation's own contribution: usually this very scan; otherwise (an older scan is viewed) the one that
  // counts, read by id.
  let self: CompareInput["self"] = null;
  if (member) {
    const contributed =
      member.scanId === scan.id
        ? values
        : await db.scan
            .findUnique({
              where: { id: member.scanId },
              select: { overallScore: true, domainScores: { select: { domainId: true, score: true } } },
            })
            .then((s) => {
              if (!s) return null;
              const own: Record<string, number | null> = { [OVERALL]: s.overallScore };
              for (const d of s.domainScores) own[d.domainId] = d.score;
              return own;
            });
    if (contributed) {
      const complete = Object.fromEntries(
        Object.entries(contributed).filter((entry): entry is [string, number] => entry[1] !== null),
      );
      self = { sector: member.sector, sizeBand: member.sizeBand, values: complete };
    }
  }
  const count = (match: (g: { sector: string; sizeBand: string }) => boolean) =>
    ownGroups.filter(match).reduce((sum, g) => sum + g._count._all, 0);
  const comparison = compareWithPeers({
    requested,
    sector: client.sector,
    sizeBand: client.sizeBand,
    norms: norms.map(
      (n): Norm => ({
        ...n,
        scanKind: set.scanKind,
        groupType: n.groupType as GroupType,
        scores: parseScores(n.scores),
      }),
    ),
    self,
    ownWorkspace: {
      all: count(() => true),
      sector: count((g) => g.sector === client.sector),
      size: count((g) => g.sizeBand === client.sizeBand),
    },
    values,
    minPeers: env.BENCHMARK_MIN_PEERS,
  });
  return { state: "on", scanKind: set.scanKind, sector: client.sector, sizeBand: client.sizeBand, comparison };
}

function scheduleRefresh() {
  try {
    after(() => refreshStaleBenchmarks());
  } catch {
    // Outside a request (scripts, tests): nothing to wait for; the next change refreshes.
  }
}
