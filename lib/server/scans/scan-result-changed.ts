import "server-only";
import { refreshBenchmarksForScan } from "@/lib/server/benchmark/refresh-benchmarks";
import type { Tx } from "@/lib/server/db/db";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";

/** The work left for after the commit; call it once the transaction has committed. */
export type AfterCommit = () => Promise<void>;

/**
 * Everything that follows when a scan's result changes (a self-scan submitted, a round closed or reopened, a scan
 * attached to a client), so no caller can refresh one and forget the other. Call it inside the transaction that
 * changed the result: the client's dashboard summary is refreshed there, under the same lock. The peer benchmarks
 * must read the committed result and never fail the change, so they are returned as a step to run after the
 * commit (refreshBenchmarksForScan logs its own errors).
 */
export async function scanResultChanged({
  tx,
  scanId,
  clientId,
}: {
  tx: Tx;
  scanId: string;
  /** The scan's client as read under the transaction's lock; null for a scan not (yet) filed under a client. */
  clientId: string | null;
}): Promise<AfterCommit> {
  if (clientId) await refreshClientSummary(tx, clientId);
  return () => refreshBenchmarksForScan({ scanId });
}
