import "server-only";
import type { GroupType } from "@/lib/benchmark/types";
import { getScanBenchmark, type ScanBenchmark } from "@/lib/server/benchmark/get-scan-benchmark";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { loadResultsLoop, type ResultsLoop } from "@/lib/server/pages/load-results-loop";
import { getResultsByShareToken, type ScanResults } from "@/lib/server/scans/get-scan-results";

export type ScanResultsPageData = ScanResults & {
  origin: string;
  benchmark: ScanBenchmark;
  loop: ResultsLoop;
};

/** A submitted self-scan's results page behind its results link, or null for any other link. */
export async function loadScanResultsPage({
  token,
  requested,
}: {
  token: string;
  /** The benchmark group asked for (?peers=sector|size|all). */
  requested: GroupType;
}): Promise<ScanResultsPageData | null> {
  const data = await getResultsByShareToken({ shareToken: token });
  if (!data) return null;
  const [origin, benchmark, loop] = await Promise.all([
    getRequestOrigin(),
    getScanBenchmark({ scan: { resultsToken: token }, requested }),
    loadResultsLoop({ resultsToken: token }),
  ]);
  return { ...data, origin, benchmark, loop };
}
