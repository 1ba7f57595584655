import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClientWithHistory } from "./create-client-with-history";
import { createConsultant } from "./create-consultant";

describe("createClientWithHistory", () => {
  it("creates submitted scans dated in the past, an open one, and a summary that follows those dates", async () => {
    const { workspaceId } = await createConsultant({
      email: "history@example.nl",
      name: "History",
      password: "fietsen-door-de-duinen",
    });
    const first = new Date("2025-02-03T09:00:00Z");
    const second = new Date("2025-09-15T10:30:00Z");
    const { clientId, assessmentIds } = await createClientWithHistory({
      workspaceId,
      name: "Gemeente Testdorp",
      sector: "public",
      sizeBand: "250-999",
      scans: [
        { kind: "full", submittedAt: first, role: "board", targets: { leadership: 30, culture: 30 } },
        { kind: "quick", submittedAt: second, role: "employee", team: "Balie", targets: { leadership: 70 } },
        { kind: "full", role: "manager", targets: {} },
      ],
    });
    expect(assessmentIds).toHaveLength(3);

    const rows = await db.assessment.findMany({
      where: { clientId },
      include: { _count: { select: { domainScores: true, answers: true } } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const [a, b, open] = assessmentIds.map((id) => byId.get(id));
    expect(a).toMatchObject({ status: "submitted", submittedAt: first, questionnaireId: "klantkompas-full" });
    expect(b).toMatchObject({ status: "submitted", submittedAt: second, team: "Balie", respondentRole: "employee" });
    expect(a?.createdAt.getTime()).toBeLessThan(first.getTime());
    expect(a?._count.domainScores).toBe(6);
    expect(a?._count.answers).toBe(48);
    expect(open).toMatchObject({ status: "in_progress", submittedAt: null, overallScore: null });
    expect(open?._count.answers).toBeGreaterThan(0);
    expect(open?._count.answers).toBeLessThan(48);

    const client = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(client).toMatchObject({
      workspaceId,
      submittedCount: 2,
      latestAssessmentId: b?.id,
      latestSubmittedAt: second,
    });
    expect(client.latestChange).toBeCloseTo((b?.overallScore ?? 0) - (a?.overallScore ?? 0), 1);
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
      (await db.answer.findMany({ where: { assessmentId: id }, orderBy: { itemId: "asc" } })).map((a) => [
        a.itemId,
        a.value,
      ]);
    expect(await answers(x.assessmentIds[0])).toEqual(await answers(y.assessmentIds[0]));
  });
});
