import "server-only";
import { getClient } from "@/lib/clients/manage-clients";
import { db } from "@/lib/db";
import type { ExportData } from "./types";

/**
 * Everything an export of one client needs, or null when the client is not in this workspace
 * (exactly as when it does not exist). Two statements' worth of work whatever the number of scans:
 * the client, then its assessments with their domain scores and answers in one findMany.
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
  const assessments = await db.assessment.findMany({
    where: { clientId: client.id, client: { workspaceId } },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      submittedAt: true,
      status: true,
      questionnaireId: true,
      questionnaireVersion: true,
      locale: true,
      respondentRole: true,
      team: true,
      overallScore: true,
      overallLevel: true,
      domainScores: { select: { domainId: true, score: true, level: true } },
      answers: { select: { itemId: true, value: true } },
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
    assessments,
  };
}
