import "server-only";
import { refreshBenchmarkSet } from "@/lib/server/benchmark/refresh-benchmarks";
import { db } from "@/lib/server/db/db";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";

// A self-scan's filing as its respondent sees it through the private (resume) link, the capability that files it
// (attachScan). Until issue 15 a results link filed a scan too, and the data does not record which link was
// used; scans filed that way are kept (docs/security.md), and this is how their respondent learns who holds the
// scan and takes it back.

export type ScanFiling =
  | { kind: "not-found" }
  | { kind: "unfiled"; shareToken: string }
  | { kind: "filed"; shareToken: string; workspaceName: string };

/** Who holds the self-scan of this private link: the workspace's name only (the client's name is the consultant's). */
export async function getScanFiling({ resumeToken }: { resumeToken: string }): Promise<ScanFiling> {
  const response = await db.response.findUnique({
    where: { resumeToken },
    select: {
      scan: {
        select: { kind: true, resultsToken: true, client: { select: { workspace: { select: { name: true } } } } },
      },
    },
  });
  if (response?.scan.kind !== "self") return { kind: "not-found" };
  const { resultsToken: shareToken, client } = response.scan;
  return client ? { kind: "filed", shareToken, workspaceName: client.workspace.name } : { kind: "unfiled", shareToken };
}

/**
 * Takes a self-scan out of the client file it is in, by its private link. The targets and agreed actions made on
 * it belong to that client file and go with it; the scan, its answers and its result stay the respondent's.
 * Repeating it changes nothing. Returns whether the scan was filed.
 */
export async function withdrawScan({
  resumeToken,
}: {
  resumeToken: string;
}): Promise<"withdrawn" | "unfiled" | "not-found"> {
  const scan = await db.scan.findFirst({
    where: { kind: "self", responses: { some: { resumeToken } } },
    select: { id: true, clientId: true, kind: true, questionnaireId: true, questionnaireVersion: true },
  });
  if (!scan) return "not-found";
  if (!scan.clientId) return "unfiled";
  const clientId = scan.clientId;
  const withdrawn = await db.$transaction(async (tx) => {
    // Conditional on the client read above: a parallel withdraw or re-file decides once.
    const { count } = await tx.scan.updateMany({ where: { id: scan.id, clientId }, data: { clientId: null } });
    if (count !== 1) return false;
    await tx.agreedAction.deleteMany({ where: { scanId: scan.id } });
    await tx.scanTarget.deleteMany({ where: { scanId: scan.id } });
    await refreshClientSummary(tx, clientId);
    return true;
  });
  // The scan no longer counts for the workspace's benchmarks.
  if (withdrawn) await refreshBenchmarkSet(scan).catch((error) => console.error("benchmark refresh failed", error));
  return withdrawn ? "withdrawn" : "unfiled";
}
