import "server-only";
import { localDate } from "@/lib/exports/export-file-name";
import { db } from "@/lib/server/db/db";

/** How many of each list the dashboard shows; the rest is one link away (the client's action list). */
export const AGENDA_LIMIT = 5;

const OPEN_STATUSES = ["not_started", "in_progress"];

export type AgendaAction = {
  id: string;
  title: string;
  owner: string;
  dueDate: Date | null;
  status: string;
  clientId: string;
  clientName: string;
};

export type AgendaRound = {
  id: string;
  clientId: string;
  clientName: string;
  organiserToken: string | null;
  createdAt: Date;
  closesAt: Date | null;
  submitted: number;
  expected: number | null;
};

export type DashboardAgenda = {
  overdue: { rows: AgendaAction[]; total: number };
  open: { rows: AgendaAction[]; total: number };
  rounds: { rows: AgendaRound[]; total: number };
};

/**
 * What waits for the consultant, in their current workspace only (every query goes through the client's
 * workspaceId, as lib/server/clients does; archived clients are left out): agreed actions past their due date and
 * still open (not started or in progress), the other open actions by due date, and the open team rounds of the
 * workspace's clients. A due date is a day (midnight UTC): due today is open, not overdue (lib/targets/action-status).
 */
export async function loadDashboardAgenda({
  workspaceId,
  now = new Date(),
}: {
  workspaceId: string;
  now?: Date;
}): Promise<DashboardAgenda> {
  const today = new Date(`${localDate(now)}T00:00:00.000Z`);
  const ofWorkspace = { scan: { client: { workspaceId, archivedAt: null } }, status: { in: OPEN_STATUSES } };
  const overdueWhere = { ...ofWorkspace, dueDate: { lt: today } };
  const openWhere = { ...ofWorkspace, OR: [{ dueDate: null }, { dueDate: { gte: today } }] };
  const roundWhere = { kind: "team", status: "open", client: { workspaceId, archivedAt: null } };
  const actionSelect = {
    id: true,
    title: true,
    owner: true,
    dueDate: true,
    status: true,
    scan: { select: { client: { select: { id: true, name: true } } } },
  } as const;
  const [overdue, overdueTotal, open, openTotal, rounds, roundTotal] = await Promise.all([
    db.agreedAction.findMany({
      where: overdueWhere,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: AGENDA_LIMIT,
      select: actionSelect,
    }),
    db.agreedAction.count({ where: overdueWhere }),
    db.agreedAction.findMany({
      where: openWhere,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      take: AGENDA_LIMIT,
      select: actionSelect,
    }),
    db.agreedAction.count({ where: openWhere }),
    db.scan.findMany({
      where: roundWhere,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: AGENDA_LIMIT,
      select: {
        id: true,
        organiserToken: true,
        createdAt: true,
        closesAt: true,
        expectedRespondents: true,
        client: { select: { id: true, name: true } },
        _count: { select: { responses: { where: { status: "submitted" } } } },
      },
    }),
    db.scan.count({ where: roundWhere }),
  ]);
  const action = (a: (typeof overdue)[number]): AgendaAction | null =>
    a.scan.client
      ? {
          id: a.id,
          title: a.title,
          owner: a.owner,
          dueDate: a.dueDate,
          status: a.status,
          clientId: a.scan.client.id,
          clientName: a.scan.client.name,
        }
      : null;
  return {
    overdue: { rows: overdue.map(action).filter((a) => a !== null), total: overdueTotal },
    open: { rows: open.map(action).filter((a) => a !== null), total: openTotal },
    rounds: {
      rows: rounds.flatMap((r) =>
        r.client
          ? [
              {
                id: r.id,
                clientId: r.client.id,
                clientName: r.client.name,
                organiserToken: r.organiserToken,
                createdAt: r.createdAt,
                closesAt: r.closesAt,
                submitted: r._count.responses,
                expected: r.expectedRespondents,
              },
            ]
          : [],
      ),
      total: roundTotal,
    },
  };
}
