import "server-only";
import { listMirrorsOfClient, listPairableScans } from "@/lib/server/mirrors/get-mirror-for-organiser";

/** The client page's customer-mirror section: the client's mirrors and the scans a new one can pair with. */
export async function loadMirrorClientSection(options: { workspaceId: string; clientId: string }) {
  const [mirrors, pairable] = await Promise.all([listMirrorsOfClient(options), listPairableScans(options)]);
  return { mirrors, pairable };
}
