import "server-only";
import { nameKey } from "@/lib/clients/name-key";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClientListQuery } from "@/lib/schemas/client";
import { db } from "@/lib/server/db/db";

export const CLIENT_PAGE_SIZE = 25;

const ORDER: Record<ClientListQuery["sort"], (dir: Prisma.SortOrder) => Prisma.ClientOrderByWithRelationInput[]> = {
  name: (dir) => [{ nameKey: dir }, { name: dir }, { id: "asc" }],
  lastScan: (dir) => [{ latestSubmittedAt: { sort: dir, nulls: "last" } }, { nameKey: "asc" }, { id: "asc" }],
  score: (dir) => [{ latestScore: { sort: dir, nulls: "last" } }, { nameKey: "asc" }, { id: "asc" }],
  change: (dir) => [{ latestChange: { sort: dir, nulls: "last" } }, { nameKey: "asc" }, { id: "asc" }],
};

/** The dashboard: one query for the page and one for the count, whatever the number of clients. */
export async function listClients({ workspaceId, query }: { workspaceId: string; query: ClientListQuery }) {
  const where: Prisma.ClientWhereInput = {
    workspaceId,
    archivedAt: query.archived === "1" ? { not: null } : null,
    ...(query.q ? { nameKey: { contains: nameKey(query.q) } } : {}),
    ...(query.sector ? { sector: query.sector } : {}),
    ...(query.level ? { latestLevel: query.level } : {}),
  };
  const [rows, total] = await Promise.all([
    db.client.findMany({
      where,
      orderBy: ORDER[query.sort](query.dir),
      skip: (query.page - 1) * CLIENT_PAGE_SIZE,
      take: CLIENT_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        sector: true,
        sizeBand: true,
        archivedAt: true,
        submittedCount: true,
        latestSubmittedAt: true,
        latestScore: true,
        latestLevel: true,
        latestChange: true,
        latestChangeBasis: true,
        latestChangeJudged: true,
        latestChangeBeyond: true,
        weakestDomain: true,
      },
    }),
    db.client.count({ where }),
  ]);
  return { rows, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / CLIENT_PAGE_SIZE)) };
}
