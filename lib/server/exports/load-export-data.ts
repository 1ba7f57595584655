import "server-only";
import type { ExportData } from "@/lib/exports/types";
import { SERIES_ORDER_BY_OPEN_LAST } from "@/lib/history/series";
import { getClient } from "@/lib/server/clients/manage-clients";
import { db } from "@/lib/server/db/db";

/**
 * Everything an export of one client needs, or null when the client is not in this workspace
 * (exactly as when it does not exist). Two statements' worth of work whatever the number of scans:
 * the client, then its scans with their snapshots and (self-scans only) answers in one findMany.
 */
export async function loadExportData({
  workspaceId,
  clientId,
}: {
  workspaceId: string;
  clientId: string;
}): Promise<ExportData | null> {
  const client = await getClient({ workspaceId, clientId });
  if (!client) return null;
  const scans = await db.scan.findMany({
    where: { clientId: client.id, client: { workspaceId } },
    orderBy: SERIES_ORDER_BY_OPEN_LAST,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      submittedAt: true,
      questionnaireId: true,
      questionnaireVersion: true,
      locale: true,
      respondentCount: true,
      overallScore: true,
      overallLevel: true,
      domainScores: { select: { domainId: true, score: true, level: true } },
      // A round's responses stay out of every export: only a self-scan's one respondent is read.
      responses: {
        where: { scan: { kind: "self" } },
        take: 1,
        select: { role: true, team: true, answers: { select: { itemId: true, value: true, nonAnswer: true } } },
      },
    },
  });
  return {
    client: {
      id: client.id,
      name: client.name,
      sector: client.sector,
      sizeBand: client.sizeBand,
      notes: client.notes,
      archivedAt: client.archivedAt,
    },
    scans: scans.map(({ responses, kind, ...scan }) => {
      const response = kind === "self" ? responses[0] : undefined;
      return {
        ...scan,
        scanKind: kind === "team" ? "team" : "self",
        status: scan.submittedAt ? "submitted" : "in_progress",
        respondentRole: response?.role ?? null,
        team: response?.team ?? null,
        answers: response?.answers ?? [],
      };
    }),
  };
}
