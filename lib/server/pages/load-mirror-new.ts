import "server-only";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { findMirrorPairing, type MirrorPairing } from "@/lib/server/mirrors/create-mirror";

export type MirrorNewPageData = {
  pairing: MirrorPairing;
  /** What the form posts to name the pairing again: the scan id (consultant) or the round's organiser token. */
  scan: string;
  round: string;
};

/**
 * The start form's pairing: `?scan=` for a consultant (a scan of a client of their workspace), `?round=` for
 * whoever holds a round's organiser link. Null when the caller may not pair with it (the page says not found).
 */
export async function loadMirrorNewPage(query: { scan?: string; round?: string }): Promise<MirrorNewPageData | null> {
  if (query.round) {
    const pairing = await findMirrorPairing({ roundToken: query.round }, null);
    return pairing ? { pairing, scan: "", round: query.round } : null;
  }
  if (!query.scan) return null;
  const consultant = await getConsultant();
  if (!consultant) return null;
  const pairing = await findMirrorPairing({ workspaceId: consultant.workspaceId }, query.scan);
  return pairing ? { pairing, scan: pairing.scanId, round: "" } : null;
}
