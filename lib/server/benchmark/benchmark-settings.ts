import "server-only";
import type { GroupType, ScanKind } from "@/lib/benchmark/types";
import { OVERALL } from "@/lib/benchmark/types";
import { refreshAllBenchmarks } from "@/lib/server/benchmark/refresh-benchmarks";
import { db } from "@/lib/server/db/db";

/** Whether the workspace takes part in the benchmark (off until a member turns it on). */
export async function getBenchmarkOptIn({ workspaceId }: { workspaceId: string }): Promise<boolean> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { benchmarkOptIn: true } });
  return workspace?.benchmarkOptIn ?? false;
}

export type SetOptInResult = { ok: true; changed: boolean } | { ok: false; error: "not-member" | "not-owner" };

/**
 * Turns taking part on or off, for an owner of that workspace only (sharing the clients' numbers is the workspace's
 * decision, as inviting colleagues is); then refreshes every set at once, so
 * an opted-out workspace's clients leave the norms now. Repeating it changes nothing but the refresh.
 */
export async function setBenchmarkOptIn({
  workspaceId,
  userId,
  optIn,
}: {
  workspaceId: string;
  userId: string;
  optIn: boolean;
}): Promise<SetOptInResult> {
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true },
  });
  if (!membership) return { ok: false, error: "not-member" };
  if (membership.role !== "owner") return { ok: false, error: "not-owner" };
  // One conditional statement: of two toggles at once, each either changes the value or finds it set.
  const { count } = await db.workspace.updateMany({
    where: { id: workspaceId, benchmarkOptIn: !optIn },
    data: { benchmarkOptIn: optIn },
  });
  // The setting is saved; a failed refresh must not turn that into an error page. The daily refresh of stale sets
  // (get-scan-benchmark) catches up if this one fails.
  await refreshAllBenchmarks().catch((error: unknown) => {
    console.error("benchmark refresh after an opt-in change failed", error);
  });
  return { ok: true, changed: count === 1 };
}

export type PeerCountSet = {
  questionnaireId: string;
  scanKind: ScanKind;
  total: number;
  groups: Array<{ groupType: Exclude<GroupType, "all">; groupValue: string; n: number }>;
};

/** Organisations counted per set and group (counts only: no scores, no names), for the benchmark page. */
export async function listPeerCounts(): Promise<PeerCountSet[]> {
  const rows = await db.benchmarkNorm.findMany({
    where: { metric: OVERALL },
    select: { questionnaireId: true, domainSetKey: true, scanKind: true, groupType: true, groupValue: true, n: true },
    orderBy: [{ questionnaireId: "asc" }, { scanKind: "asc" }, { groupType: "asc" }, { groupValue: "asc" }],
  });
  const sets = new Map<string, PeerCountSet>();
  for (const row of rows) {
    const key = `${row.questionnaireId}|${row.domainSetKey}|${row.scanKind}`;
    const set = sets.get(key) ?? {
      questionnaireId: row.questionnaireId,
      scanKind: row.scanKind === "team" ? "team" : "self",
      total: 0,
      groups: [],
    };
    if (row.groupType === "all") set.total = row.n;
    else if (row.groupType === "sector" || row.groupType === "size")
      set.groups.push({ groupType: row.groupType, groupValue: row.groupValue, n: row.n });
    sets.set(key, set);
  }
  return [...sets.values()];
}
