import { describe, expect, it } from "vitest";
import { pointsChange } from "@/lib/history/compare-scans";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { db } from "@/lib/server/db/db";
import { createClientWithHistory } from "@/lib/server/seed/create-client-with-history";
import { createConsultant } from "@/lib/server/seed/create-consultant";
import { loadSelfScan } from "@/tests/factories/self-scan";

describe("createClientWithHistory", () => {
  it("creates submitted scans dated in the past, an open one, and a summary that follows those dates", async () => {
    const { workspaceId } = await createConsultant({
      email: "history@example.nl",
      name: "History",
      password: "fietsen-door-de-duinen",
    });
    const first = new Date("2025-02-03T09:00:00Z");
    const middle = new Date("2025-05-20T08:00:00Z");
    const second = new Date("2025-09-15T10:30:00Z");
    const { clientId, scanIds } = await createClientWithHistory({
      workspaceId,
      name: "Gemeente Testdorp",
      sector: "public",
      sizeBand: "250-999",
      scans: [
        { kind: "full", submittedAt: first, role: "board", targets: { leadership: 30, culture: 30 } },
        { kind: "quick", submittedAt: second, role: "employee", team: "Balie", targets: { leadership: 70 } },
        // Made after the scan above but dated before it, in the same series (quick, employee, Balie).
        { kind: "quick", submittedAt: middle, role: "employee", team: "Balie", targets: { leadership: 30 } },
        { kind: "full", role: "manager", targets: {} },
      ],
    });
    expect(scanIds).toHaveLength(4);
    expect(await db.scan.count({ where: { clientId } })).toBe(4);

    const fullItems = getLatestByKind("full")?.items.length ?? 0;
    const [a, b, c, open] = await Promise.all(scanIds.map((scanId) => loadSelfScan({ scanId })));
    if (!a || !b || !c || !open) throw new Error("unreachable");
    expect(a).toMatchObject({ status: "submitted", submittedAt: first, questionnaireId: "klantkompas-full" });
    expect(b).toMatchObject({ status: "submitted", submittedAt: second, team: "Balie", respondentRole: "employee" });
    expect(c).toMatchObject({ status: "submitted", submittedAt: middle, series: b.series });
    expect(a.createdAt.getTime()).toBeLessThan(first.getTime());
    // Dated back on both halves: the scan's snapshot and its one response.
    expect(a.response.submittedAt).toEqual(first);
    expect(a.response.createdAt).toEqual(a.createdAt);
    expect(a.scan.closedAt).toEqual(first);
    expect(a.domainScores).toHaveLength(6);
    expect(a.responseDomainScores).toHaveLength(6);
    expect(a.answers).toHaveLength(fullItems);
    expect(open).toMatchObject({ status: "in_progress", submittedAt: null, overallScore: null });
    expect(open.scan.status).toBe("open");
    expect(open.answers.length).toBeGreaterThan(0);
    expect(open.answers.length).toBeLessThan(fullItems);

    // The latest result by date, not by creation, and its change within its own series only: b after c, never
    // after the board's full scan a.
    const client = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(client).toMatchObject({
      workspaceId,
      submittedCount: 3,
      latestScanId: b.id,
      latestSubmittedAt: second,
      latestChange: pointsChange(c.overallScore, b.overallScore),
    });
    expect(client.latestChange).toBeGreaterThan(0);
  });

  it("gives the same answers for the same seed", async () => {
    const { workspaceId } = await createConsultant({
      email: "history@example.nl",
      name: "History",
      password: "fietsen-door-de-duinen",
    });
    const make = (name: string) =>
      createClientWithHistory({
        workspaceId,
        name,
        sector: "retail",
        sizeBand: "1-9",
        seed: 9,
        scans: [{ kind: "quick", submittedAt: new Date("2025-01-01T10:00:00Z"), role: "board", targets: { hr: 20 } }],
      });
    const [x, y] = [await make("Winkel X"), await make("Winkel Y")];
    const answers = async (id: string | undefined) =>
      (await db.answer.findMany({ where: { response: { scanId: id } }, orderBy: { itemId: "asc" } })).map((a) => [
        a.itemId,
        a.value,
        a.nonAnswer,
      ]);
    expect(await answers(x.scanIds[0])).toEqual(await answers(y.scanIds[0]));
  });
});
