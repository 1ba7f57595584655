import "server-only";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getLoopForResults, type ScanLoop } from "@/lib/server/targets/get-loop";

export type ResultsLoop = {
  /** The scan's targets and actions; null before it has results. */
  loop: ScanLoop | null;
  /** Only a consultant of the workspace that holds the scan's client; a results link itself is read-only. */
  canChange: boolean;
};

/** The loop behind a results link (self-scan or round), as the signed-in consultant (if any) sees it. */
export async function loadResultsLoop({ resultsToken }: { resultsToken: string }): Promise<ResultsLoop> {
  const consultant = await getConsultant();
  const found = await getLoopForResults({ resultsToken, workspaceId: consultant?.workspaceId ?? null });
  return { loop: found?.loop ?? null, canChange: found?.canChange ?? false };
}
