import "server-only";
import { db } from "@/lib/server/db/db";

/**
 * The client a round is filed under, for a consultant of that client's workspace only (a way back to the client
 * page); null for a round without a client, or for anyone else holding the organiser link.
 */
export async function getRoundClient({
  clientId,
  workspaceId,
}: {
  clientId: string | null;
  workspaceId: string | null | undefined;
}): Promise<{ id: string; name: string } | null> {
  if (!clientId || !workspaceId) return null;
  return db.client.findFirst({ where: { id: clientId, workspaceId }, select: { id: true, name: true } });
}
