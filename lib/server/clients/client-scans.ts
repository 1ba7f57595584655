import "server-only";
import { cache } from "react";
import { SERIES_ORDER_BY_OPEN_LAST } from "@/lib/history/series";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { StartClientScanInput } from "@/lib/schemas/client";
import { db } from "@/lib/server/db/db";
import { insertScan } from "@/lib/server/scans/insert-scan";
import { scanResultChanged } from "@/lib/server/scans/scan-result-changed";

/**
 * A client's scans, oldest result first (open ones last), with their snapshots: two queries, whatever the count.
 * Self-scans carry their one respondent's role, team and resume link; team rounds carry no respondent data.
 */
export function listClientScans({ workspaceId, clientId }: { workspaceId: string; clientId: string }) {
  return listClientScansCached(workspaceId, clientId);
}

// React's cache compares arguments by identity, so the cached function takes primitives.
const listClientScansCached = cache(async (workspaceId: string, clientId: string) => {
  const scans = await db.scan.findMany({
    where: { clientId, client: { workspaceId } },
    orderBy: SERIES_ORDER_BY_OPEN_LAST,
    select: {
      id: true,
      kind: true,
      series: true,
      resultsToken: true,
      organiserToken: true,
      questionnaireId: true,
      questionnaireVersion: true,
      locale: true,
      status: true,
      closesAt: true,
      respondentCount: true,
      overallScore: true,
      overallLevel: true,
      createdAt: true,
      submittedAt: true,
      domainScores: { select: { domainId: true, score: true, level: true, answered: true, total: true } },
      // Only a self-scan's one response is read: a round's respondents are never listed.
      responses: {
        where: { scan: { kind: "self" } },
        take: 1,
        select: { resumeToken: true, role: true, team: true },
      },
    },
  });
  return scans.map(({ responses, resultsToken, ...scan }) => {
    const response = responses[0];
    return {
      ...scan,
      kind: scan.kind === "team" ? ("team" as const) : ("self" as const),
      // "submitted" once the scan has a result: a self-scan's submit or a round's close.
      status: scan.submittedAt ? "submitted" : "in_progress",
      shareToken: resultsToken,
      resumeToken: response?.resumeToken ?? null,
      respondentRole: response?.role ?? null,
      team: response?.team ?? null,
    };
  });
});

export type ClientScan = Awaited<ReturnType<typeof listClientScansCached>>[number];

/** Creates the scan and returns the token of the invite link the client's manager answers through. */
export async function startClientScan({
  workspaceId,
  input,
}: {
  workspaceId: string;
  input: StartClientScanInput;
}): Promise<
  | { ok: true; resumeToken: string; scanId: string }
  | { ok: false; error: "not-found" | "archived" | "unknown-questionnaire" }
> {
  const client = await db.client.findFirst({
    where: { id: input.clientId, workspaceId },
    select: { name: true, archivedAt: true },
  });
  if (!client) return { ok: false, error: "not-found" };
  if (client.archivedAt) return { ok: false, error: "archived" };
  const questionnaire = getLatestByKind(input.kind);
  if (!questionnaire) return { ok: false, error: "unknown-questionnaire" };
  const { resumeToken, scanId } = await insertScan({
    questionnaire,
    organisationName: client.name,
    respondentRole: input.respondentRole,
    team: input.team,
    locale: input.locale,
    clientId: input.clientId,
  });
  return { ok: true, resumeToken, scanId };
}

export type AttachResult =
  | { ok: true; alreadyLinked: boolean }
  | { ok: false; error: "not-found" | "unknown-link" | "results-link" | "other-client" };

/**
 * Adds a scan to a client by a link its holder pasted: a self-scan's private resume link, or a team round's
 * organiser link. Only these capabilities file a scan: they are the ones meant for the person who answers or runs
 * it. A results link is read-only everywhere (it is shared to be read); pasting one is refused with its own error
 * and changes nothing. A scan filed under another client stays there.
 */
export async function attachScan({
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
  const scan = await db.scan.findFirst({
    where: {
      OR: [
        { kind: "self", responses: { some: { resumeToken: token } } },
        { kind: "team", organiserToken: token },
      ],
    },
    select: { id: true, clientId: true },
  });
  if (!scan) {
    const readOnly = await db.scan.findFirst({ where: { resultsToken: token }, select: { id: true } });
    return { ok: false, error: readOnly ? "results-link" : "unknown-link" };
  }
  if (scan.clientId === clientId) return { ok: true, alreadyLinked: true };
  if (scan.clientId) return { ok: false, error: "other-client" };
  // Conditional on still being unfiled: of two consultants attaching the same scan at once, one wins.
  const linked = await db.$transaction(async (tx) => {
    const { count } = await tx.scan.updateMany({ where: { id: scan.id, clientId: null }, data: { clientId } });
    return count === 1 ? scanResultChanged({ tx, scanId: scan.id, clientId }) : null;
  });
  if (linked) {
    // A scan filed under a client of an opted-in workspace starts to count.
    await linked();
    return { ok: true, alreadyLinked: false };
  }
  const now = await db.scan.findUnique({ where: { id: scan.id }, select: { clientId: true } });
  return now?.clientId === clientId ? { ok: true, alreadyLinked: true } : { ok: false, error: "other-client" };
}
