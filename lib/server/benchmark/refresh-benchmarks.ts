import "server-only";
import { buildNorms } from "@/lib/benchmark/build-norms";
import { benchmarkSets, setId } from "@/lib/benchmark/domain-set";
import { pickMembers } from "@/lib/benchmark/pick-members";
import type { BenchmarkSet, CandidateScan, ScanKind } from "@/lib/benchmark/types";
import { windowStart } from "@/lib/benchmark/window";
import { listQuestionnaires } from "@/lib/questionnaire/registry";
import { db } from "@/lib/server/db/db";

const KINDS: readonly ScanKind[] = ["self", "team"];

// Refreshes of one set queue on its lock row: wait for the one ahead rather than fail (as submits do).
const REFRESH_TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;

type SetWithVersions = BenchmarkSet & { versions: number[] };

/** Every set of the installed questionnaires (each id and domain set, self-scans and team rounds apart). */
export function allBenchmarkSets(): SetWithVersions[] {
  return benchmarkSets(listQuestionnaires()).flatMap((set) => KINDS.map((scanKind) => ({ ...set, scanKind })));
}

/** The set a scan belongs to; null for a questionnaire version that is not installed. */
export function setOfScan(scan: { kind: string; questionnaireId: string; questionnaireVersion: number }) {
  const scanKind: ScanKind = scan.kind === "team" ? "team" : "self";
  return (
    allBenchmarkSets().find(
      (s) =>
        s.questionnaireId === scan.questionnaireId &&
        s.scanKind === scanKind &&
        s.versions.includes(scan.questionnaireVersion),
    ) ?? null
  );
}

/**
 * Recomputes one set's norms from the scans of opted-in workspaces and replaces them in one transaction, so a page
 * reads either the old or the new norms, never half. The refresh row is written first: it is the lock that makes
 * two refreshes of a set run one after the other, and the second reads (under PostgreSQL's READ COMMITTED, each
 * statement sees what committed before it) everything the first saw and more — a late refresh never overwrites
 * a newer one with older data. On SQLite writers are serial anyway.
 */
async function refreshSet(set: SetWithVersions): Promise<{ members: number }> {
  const where = { questionnaireId: set.questionnaireId, domainSetKey: set.domainSetKey, scanKind: set.scanKind };
  const id = setId(set);
  return db.$transaction(async (tx) => {
    const locked = new Date();
    await tx.benchmarkRefresh.upsert({
      where: { id },
      create: { id, refreshedAt: locked, members: 0 },
      update: { refreshedAt: locked },
    });
    // The time after the lock was taken: a scan submitted while this refresh waited still falls inside.
    const now = new Date();
    const scans = await tx.scan.findMany({
      where: {
        kind: set.scanKind,
        questionnaireId: set.questionnaireId,
        questionnaireVersion: { in: set.versions },
        submittedAt: { gte: windowStart(now), lte: now },
        overallScore: { not: null },
        client: { workspace: { benchmarkOptIn: true } },
      },
      select: {
        id: true,
        submittedAt: true,
        overallScore: true,
        client: { select: { id: true, workspaceId: true, sector: true, sizeBand: true } },
        domainScores: { select: { domainId: true, score: true } },
      },
    });
    const candidates: CandidateScan[] = scans.flatMap((scan) =>
      scan.client && scan.submittedAt
        ? [
            {
              scanId: scan.id,
              clientId: scan.client.id,
              workspaceId: scan.client.workspaceId,
              sector: scan.client.sector,
              sizeBand: scan.client.sizeBand,
              ...where,
              submittedAt: scan.submittedAt,
              overallScore: scan.overallScore,
              domainScores: scan.domainScores,
            },
          ]
        : [],
    );
    const members = pickMembers(candidates, { now });
    const norms = buildNorms(members);
    await tx.benchmarkNorm.deleteMany({ where });
    await tx.benchmarkMember.deleteMany({ where });
    if (norms.length > 0) {
      await tx.benchmarkNorm.createMany({
        data: norms.map(({ scores, ...norm }) => ({ ...norm, scores: scores.join(",") })),
      });
    }
    if (members.length > 0) {
      await tx.benchmarkMember.createMany({
        data: members.map((m) => ({
          ...where,
          clientId: m.clientId,
          workspaceId: m.workspaceId,
          sector: m.sector,
          sizeBand: m.sizeBand,
          scanId: m.scanId,
        })),
      });
    }
    await tx.benchmarkRefresh.update({ where: { id }, data: { refreshedAt: now, members: members.length } });
    return { members: members.length };
  }, REFRESH_TRANSACTION);
}

// Per process and set: the refresh running now and at most one queued behind it. A burst of submits (40 at once)
// then costs two refreshes instead of forty, and every caller still waits for a refresh that starts after its own
// change committed: the queued one has not started yet, so it reads that change.
type Slot = { done: Promise<{ members: number }>; started: boolean };
const slots = new Map<string, Slot>();

function refreshSetSoon(set: SetWithVersions): Promise<{ members: number }> {
  const id = setId(set);
  const current = slots.get(id);
  if (current && !current.started) return current.done;
  const slot: Slot = { done: Promise.resolve({ members: 0 }), started: false };
  slot.done = (current?.done ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => {
      slot.started = true;
      return refreshSet(set);
    })
    .finally(() => {
      if (slots.get(id) === slot) slots.delete(id);
    });
  slots.set(id, slot);
  return slot.done;
}

/** Refreshes every set (after an opt-in change, a client's new sector or size band, or the seed). */
export async function refreshAllBenchmarks(): Promise<void> {
  for (const set of allBenchmarkSets()) await refreshSetSoon(set);
}

/** Refreshes the set a scan belongs to. */
export async function refreshBenchmarkSet(scan: {
  kind: string;
  questionnaireId: string;
  questionnaireVersion: number;
}): Promise<{ members: number } | null> {
  const set = setOfScan(scan);
  return set ? refreshSetSoon(set) : null;
}

/**
 * After a scan got a result (a submit, a round's close) or was filed under a client: refreshes its set when it
 * counts, i.e. when its client's workspace has opted in. Runs after the change committed; a failure is logged,
 * never turned into a failed submit (the next refresh, or the daily one a page starts, catches up).
 */
export async function refreshBenchmarksForScan({ scanId }: { scanId: string }): Promise<void> {
  try {
    const scan = await db.scan.findFirst({
      where: { id: scanId, client: { workspace: { benchmarkOptIn: true } } },
      select: { kind: true, questionnaireId: true, questionnaireVersion: true },
    });
    if (scan) await refreshBenchmarkSet(scan);
  } catch (error) {
    console.error("benchmark refresh failed", error);
  }
}

/** After a client's sector or size band may have changed: its groups move, when its workspace takes part. */
export async function refreshBenchmarksForClient({ clientId }: { clientId: string }): Promise<void> {
  try {
    const counted = await db.client.count({ where: { id: clientId, workspace: { benchmarkOptIn: true } } });
    if (counted > 0) await refreshAllBenchmarks();
  } catch (error) {
    console.error("benchmark refresh failed", error);
  }
}

/** Norms older than a day: scans leave the 24-month window without anyone submitting. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

// One stale refresh at a time per process: many page views after a quiet day start only one.
let staleRefresh: Promise<void> | null = null;

/** Refreshes the sets whose norms are missing or older than a day (pages call this after responding). */
export function refreshStaleBenchmarks(): Promise<void> {
  staleRefresh ??= refreshStale().finally(() => {
    staleRefresh = null;
  });
  return staleRefresh;
}

async function refreshStale(): Promise<void> {
  try {
    const rows = await db.benchmarkRefresh.findMany({ select: { id: true, refreshedAt: true } });
    const fresh = new Set(rows.filter((r) => Date.now() - r.refreshedAt.getTime() < STALE_AFTER_MS).map((r) => r.id));
    for (const set of allBenchmarkSets()) if (!fresh.has(setId(set))) await refreshSetSoon(set);
  } catch (error) {
    console.error("benchmark refresh failed", error);
  }
}
