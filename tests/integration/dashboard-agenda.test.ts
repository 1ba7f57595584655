import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/db";
import { loadDashboardAgenda } from "@/lib/server/pages/load-dashboard-agenda";
import { openTestRound } from "@/tests/factories/round";
import { createTestClient, createWorkspaceWithConsultant, submitTestClientScan } from "@/tests/factories/workspace";

// The dashboard's "what is open" on a real database: overdue and open actions, open team rounds, and only the
// current workspace's (the consultant-isolation rule: every query goes through the client's workspace).

const NOW = new Date("2026-12-07T10:00:00.000Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function action(scanId: string, title: string, status: string, dueDate: Date | null) {
  const scan = await db.scan.findUniqueOrThrow({ where: { id: scanId } });
  return db.agreedAction.create({
    data: {
      scanId,
      questionnaireId: scan.questionnaireId,
      questionnaireVersion: scan.questionnaireVersion,
      domainId: "strategy",
      title,
      status,
      dueDate,
    },
  });
}

describe("dashboard agenda", () => {
  it("lists overdue and open actions and open rounds of the workspace's own clients only", async () => {
    const mine = await createWorkspaceWithConsultant();
    const other = await createWorkspaceWithConsultant();
    const client = await createTestClient(mine.workspaceId, { name: "Bakkerij Agenda" });
    const archived = await createTestClient(mine.workspaceId);
    const otherClient = await createTestClient(other.workspaceId);
    const scan = await submitTestClientScan(mine.workspaceId, client);
    const archivedScan = await submitTestClientScan(mine.workspaceId, archived);
    await db.client.update({ where: { id: archived }, data: { archivedAt: NOW } });
    const otherScan = await submitTestClientScan(other.workspaceId, otherClient);

    await action(scan.id, "Te laat", "in_progress", day("2026-12-01"));
    await action(scan.id, "Vandaag", "not_started", day("2026-12-07"));
    await action(scan.id, "Zonder datum", "not_started", null);
    await action(scan.id, "Klaar maar oud", "done", day("2026-11-01"));
    await action(scan.id, "Geschrapt", "dropped", day("2026-11-01"));
    await action(archivedScan.id, "Gearchiveerd", "not_started", day("2026-11-01"));
    await action(otherScan.id, "Van een ander", "not_started", day("2026-11-01"));

    const round = await openTestRound({}, client);
    const closed = await openTestRound({}, client);
    await db.scan.update({ where: { id: closed.id }, data: { status: "closed", closedAt: NOW } });
    await openTestRound({}, otherClient);
    await openTestRound({});

    const agenda = await loadDashboardAgenda({ workspaceId: mine.workspaceId, now: NOW });
    expect(agenda.overdue.rows.map((a) => a.title)).toEqual(["Te laat"]);
    expect(agenda.overdue.total).toBe(1);
    expect(agenda.overdue.rows[0]).toMatchObject({ clientId: client, clientName: "Bakkerij Agenda" });
    // Due today is open, not overdue; an action without a date comes last.
    expect(agenda.open.rows.map((a) => a.title)).toEqual(["Vandaag", "Zonder datum"]);
    expect(agenda.rounds.rows.map((r) => r.id)).toEqual([round.id]);
    expect(agenda.rounds.rows[0]).toMatchObject({
      clientName: "Bakkerij Agenda",
      organiserToken: round.organiserToken,
      submitted: 0,
      expected: 100,
    });

    const theirs = await loadDashboardAgenda({ workspaceId: other.workspaceId, now: NOW });
    expect(theirs.overdue.rows.map((a) => a.title)).toEqual(["Van een ander"]);
    expect(theirs.rounds.total).toBe(1);
    expect(theirs.rounds.rows[0]?.clientId).toBe(otherClient);
  });

  it("is calm and empty for a new workspace", async () => {
    const fresh = await createWorkspaceWithConsultant();
    const agenda = await loadDashboardAgenda({ workspaceId: fresh.workspaceId, now: NOW });
    expect(agenda).toEqual({
      overdue: { rows: [], total: 0 },
      open: { rows: [], total: 0 },
      rounds: { rows: [], total: 0 },
    });
  });
});
