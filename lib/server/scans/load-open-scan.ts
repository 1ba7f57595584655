import "server-only";
import { notFound, redirect } from "next/navigation";
import { tokenSchema } from "@/lib/schemas/scan";
import { db } from "@/lib/server/db/db";
import { getScanState, type ScanState } from "@/lib/server/scans/get-scan-state";

/**
 * For scan pages: an unknown or malformed token is a 404; a submitted self-scan goes to its results (a filed one
 * first to the page saying who holds it), a submitted round response to its thank-you page, and an unfinished
 * response of a closed round to the "closed" page.
 */
export async function loadOpenScan(token: string): Promise<ScanState> {
  if (!tokenSchema.safeParse(token).success) notFound();
  const state = await getScanState({ resumeToken: token });
  if (!state) notFound();
  if (state.scan.kind === "team") {
    if (state.response.status === "submitted") redirect(`/scan/${token}/done`);
    if (state.scan.closed) redirect(`/scan/${token}/closed`);
    // An unclaimed personal link's response has no respondent yet (its resume token was never handed out).
    if (state.response.respondentRole === "") notFound();
  } else if (state.response.status === "submitted") {
    // A filed self-scan's private link first says who holds it (issue 15: app/scan/[token]/filing).
    const filed = await db.scan.count({ where: { id: state.scan.id, clientId: { not: null } } });
    redirect(filed > 0 ? `/scan/${token}/filing` : `/results/${state.response.shareToken}`);
  }
  return state;
}
