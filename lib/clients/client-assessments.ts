import "server-only";
import { cache } from "react";
import { insertAssessment } from "@/lib/assessments/insert-assessment";
import { refreshClientSummary } from "@/lib/clients/refresh-client-summary";
import { db } from "@/lib/db";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { StartClientScanInput } from "@/lib/schemas/client";

/** A client's assessments, oldest first, with their domain score snapshots (two queries, whatever the count). */
export function listClientAssessments({ workspaceId, clientId }: { workspaceId: string; clientId: string }) {
  return listClientAssessmentsCached(workspaceId, clientId);
}

// React's cache compares arguments by identity, so the cached function takes primitives.
const listClientAssessmentsCached = cache(async (workspaceId: string, clientId: string) =>
  db.assessment.findMany({
    where: { clientId, client: { workspaceId } },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      resumeToken: true,
      shareToken: true,
      questionnaireId: true,
      questionnaireVersion: true,
      locale: true,
      respondentRole: true,
      team: true,
      status: true,
      overallScore: true,
      overallLevel: true,
      createdAt: true,
      submittedAt: true,
      domainScores: { select: { domainId: true, score: true, level: true, answered: true, total: true } },
    },
  }),
);

export type ClientAssessment = Awaited<ReturnType<typeof listClientAssessmentsCached>>[number];

/** Creates the scan and returns the token of the invite link the client's manager answers through. */
export async function startClientScan({
  workspaceId,
  input,
}: {
  workspaceId: string;
  input: StartClientScanInput;
}): Promise<
  { ok: true; resumeToken: string } | { ok: false; error: "not-found" | "archived" | "unknown-questionnaire" }
> {
  const client = await db.client.findFirst({
    where: { id: input.clientId, workspaceId },
    select: { name: true, archivedAt: true },
  });
  if (!client) return { ok: false, error: "not-found" };
  if (client.archivedAt) return { ok: false, error: "archived" };
  const questionnaire = getLatestByKind(input.kind);
  if (!questionnaire) return { ok: false, error: "unknown-questionnaire" };
  const { resumeToken } = await insertAssessment({
    questionnaire,
    organisationName: client.name,
    respondentRole: input.respondentRole,
    team: input.team,
    locale: input.locale,
    clientId: input.clientId,
  });
  return { ok: true, resumeToken };
}

export type AttachResult =
  | { ok: true; alreadyLinked: boolean }
  | { ok: false; error: "not-found" | "unknown-link" | "other-client" };

/**
 * Adds a scan to a client by a link its holder pasted (results or resume token). Whoever holds the link
 * may read the scan anyway; a scan already filed under another client stays there.
 */
export async function attachAssessment({
  workspaceId,
  clientId,
  token,
}: {
  workspaceId: string;
  clientId: string;
  token: string;
}): Promise<AttachResult> {
  const client = await db.client.findFirst({ where: { id: clientId, workspaceId }, select: { id: true } });
  if (!client) return { ok: false, error: "not-found" };
  const assessment = await db.assessment.findFirst({
    where: { OR: [{ shareToken: token }, { resumeToken: token }] },
    select: { id: true, clientId: true },
  });
  if (!assessment) return { ok: false, error: "unknown-link" };
  if (assessment.clientId === clientId) return { ok: true, alreadyLinked: true };
  if (assessment.clientId) return { ok: false, error: "other-client" };
  // Conditional on still being unfiled: of two consultants attaching the same scan at once, one wins.
  const linked = await db.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: assessment.id, clientId: null },
      data: { clientId },
    });
    if (count === 1) await refreshClientSummary(tx, clientId);
    return count === 1;
  });
  if (linked) return { ok: true, alreadyLinked: false };
  const now = await db.assessment.findUnique({ where: { id: assessment.id }, select: { clientId: true } });
  return now?.clientId === clientId ? { ok: true, alreadyLinked: true } : { ok: false, error: "other-client" };
}

/** One assessment of the workspace with its answers (compare, exports); null when not the caller's. */
export async function getWorkspaceAssessments({
  workspaceId,
  clientId,
  assessmentIds,
}: {
  workspaceId: string;
  clientId: string;
  assessmentIds: string[];
}) {
  return db.assessment.findMany({
    where: { id: { in: assessmentIds }, clientId, client: { workspaceId } },
    include: { domainScores: true, answers: { select: { itemId: true, value: true } } },
  });
}
