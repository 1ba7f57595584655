import "server-only";
import { cache } from "react";
import { nameKey } from "@/lib/clients/name-key";
import type { ClientFormInput } from "@/lib/schemas/client";
import { refreshBenchmarksForClient } from "@/lib/server/benchmark/refresh-benchmarks";
import { db } from "@/lib/server/db/db";

// Every function here takes the caller's workspace and filters by it: another workspace's client is
// indistinguishable from one that does not exist.

export async function createClient({ workspaceId, input }: { workspaceId: string; input: ClientFormInput }) {
  // The caller's workspace is spread last, so no input field can ever move a client elsewhere.
  const { name, sector, sizeBand, notes } = input;
  return db.client.create({
    data: { name, nameKey: nameKey(name), sector, sizeBand, notes, workspaceId },
    select: { id: true },
  });
}

export async function updateClient({
  workspaceId,
  clientId,
  input,
}: {
  workspaceId: string;
  clientId: string;
  input: ClientFormInput;
}): Promise<boolean> {
  const { name, sector, sizeBand, notes } = input;
  const before = await db.client.findFirst({
    where: { id: clientId, workspaceId },
    select: { sector: true, sizeBand: true },
  });
  const { count } = await db.client.updateMany({
    where: { id: clientId, workspaceId },
    data: { name, nameKey: nameKey(name), sector, sizeBand, notes },
  });
  // Another sector or size band moves the client to other benchmark groups.
  if (count === 1 && before && (before.sector !== sector || before.sizeBand !== sizeBand))
    await refreshBenchmarksForClient({ clientId });
  return count === 1;
}

/** Archive instead of delete: a client's history is never lost. Repeating it changes nothing. */
export async function setClientArchived({
  workspaceId,
  clientId,
  archived,
}: {
  workspaceId: string;
  clientId: string;
  archived: boolean;
}): Promise<boolean> {
  const client = await db.client.findFirst({ where: { id: clientId, workspaceId }, select: { archivedAt: true } });
  if (!client) return false;
  if (Boolean(client.archivedAt) !== archived) {
    await db.client.update({ where: { id: clientId }, data: { archivedAt: archived ? new Date() : null } });
  }
  return true;
}

// React's cache compares arguments by identity, so the cached function takes primitives.
const getClientCached = cache((workspaceId: string, clientId: string) =>
  db.client.findFirst({ where: { id: clientId, workspaceId } }),
);

export function getClient({ workspaceId, clientId }: { workspaceId: string; clientId: string }) {
  return getClientCached(workspaceId, clientId);
}
