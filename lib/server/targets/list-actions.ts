import "server-only";
import type { ActionListQuery } from "@/lib/schemas/targets";
import { db } from "@/lib/server/db/db";
import { isOverdue } from "@/lib/targets/action-status";

/**
 * A client's agreed actions, newest scan first, in the order agreed within a scan, each with the scan it was
 * agreed on and its status history. Another workspace's client gives null, like a missing one. The status
 * filter also knows "open" (not started or in progress) and "overdue" (open and past its due date on `today`).
 */
export async function listClientActions({
  workspaceId,
  clientId,
  query = {},
  today,
}: {
  workspaceId: string;
  clientId: string;
  query?: ActionListQuery;
  today: string;
}) {
  const client = await db.client.findFirst({ where: { id: clientId, workspaceId }, select: { id: true, name: true } });
  if (!client) return null;
  const status =
    query.status === "open" || query.status === "overdue" ? { in: ["not_started", "in_progress"] } : query.status;
  const actions = await db.agreedAction.findMany({
    where: {
      scan: { clientId, client: { workspaceId } },
      ...(status ? { status } : {}),
      ...(query.domain ? { domainId: query.domain } : {}),
    },
    orderBy: [{ scan: { submittedAt: "desc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      domainId: true,
      recommendationId: true,
      questionnaireId: true,
      questionnaireVersion: true,
      title: true,
      owner: true,
      dueDate: true,
      status: true,
      notes: true,
      createdAt: true,
      updatedAt: true,
      statusChangedAt: true,
      doneAt: true,
      scan: { select: { id: true, kind: true, submittedAt: true, resultsToken: true, series: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { fromStatus: true, toStatus: true, byName: true, at: true },
      },
    },
  });
  const rows = actions.map((action) => ({ ...action, overdue: isOverdue(action, today) }));
  return { client, actions: query.status === "overdue" ? rows.filter((a) => a.overdue) : rows };
}

/** The domains a client's actions are on, for the filter (few rows: a distinct query). */
export async function listActionDomains({ workspaceId, clientId }: { workspaceId: string; clientId: string }) {
  const rows = await db.agreedAction.findMany({
    where: { scan: { clientId, client: { workspaceId } } },
    distinct: ["domainId"],
    select: { domainId: true, questionnaireId: true, questionnaireVersion: true },
  });
  return rows;
}

/** Open and overdue actions of a client, for the client page; only the open ones' due dates are read. */
export async function countClientActions({
  workspaceId,
  clientId,
  today,
}: {
  workspaceId: string;
  clientId: string;
  today: string;
}): Promise<{ total: number; open: number; overdue: number }> {
  const where = { scan: { clientId, client: { workspaceId } } };
  const [total, open] = await Promise.all([
    db.agreedAction.count({ where }),
    db.agreedAction.findMany({
      where: { ...where, status: { in: ["not_started", "in_progress"] } },
      select: { status: true, dueDate: true },
    }),
  ]);
  return { total, open: open.length, overdue: open.filter((a) => isOverdue(a, today)).length };
}

/** Everything the action export of one client needs, or null for a client outside this workspace. */
export async function loadActionExport({ workspaceId, clientId }: { workspaceId: string; clientId: string }) {
  const client = await db.client.findFirst({
    where: { id: clientId, workspaceId },
    select: { id: true, name: true, sector: true, sizeBand: true, notes: true, archivedAt: true },
  });
  if (!client) return null;
  const actions = await db.agreedAction.findMany({
    where: { scan: { clientId, client: { workspaceId } } },
    orderBy: [{ scan: { submittedAt: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      questionnaireId: true,
      questionnaireVersion: true,
      domainId: true,
      recommendationId: true,
      title: true,
      owner: true,
      dueDate: true,
      status: true,
      notes: true,
      createdAt: true,
      statusChangedAt: true,
      doneAt: true,
      scan: { select: { id: true, kind: true, submittedAt: true } },
    },
  });
  return { client, actions };
}
