import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_CLIENTS, DEMO_CONSULTANT, demoDate, seedDemoWorkspace } from "./demo-workspace";

const now = new Date("2026-11-23T12:00:00Z");
const MONTH = 31 * 86_400_000;

describe("seedDemoWorkspace", () => {
  it("creates the demo consultant with eight clients and their history, and adds nothing when run again", async () => {
    const first = await seedDemoWorkspace({ now });
    expect(first.consultant).toMatchObject({ email: DEMO_CONSULTANT.email, created: true });
    expect(first.created).toEqual(DEMO_CLIENTS.map((c) => c.name));
    const counts = async () => ({
      users: await db.user.count(),
      clients: await db.client.count(),
      assessments: await db.assessment.count(),
      answers: await db.answer.count(),
    });
    const before = await counts();

    const second = await seedDemoWorkspace({ now });
    expect(second).toMatchObject({ created: [], existing: DEMO_CLIENTS.map((c) => c.name) });
    expect(second.consultant).toMatchObject({ workspaceId: first.consultant.workspaceId, created: false });
    expect(await counts()).toEqual(before);

    const clients = await db.client.findMany({
      where: { workspaceId: first.consultant.workspaceId },
      include: { assessments: { orderBy: { submittedAt: "asc" } } },
    });
    expect(clients).toHaveLength(8);
    expect(new Set(clients.map((c) => c.sector)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(clients.map((c) => c.sizeBand)).size).toBeGreaterThanOrEqual(4);
    for (const client of clients) {
      const submitted = client.assessments.filter((a) => a.status === "submitted");
      expect(submitted.length).toBeGreaterThanOrEqual(2);
      expect(submitted.length).toBeLessThanOrEqual(6);
      expect(client.submittedCount).toBe(submitted.length);
      for (const a of submitted) {
        expect(a.submittedAt?.getTime()).toBeLessThan(now.getTime());
        expect(a.submittedAt?.getTime()).toBeGreaterThan(now.getTime() - 25 * MONTH);
      }
    }
    const all = clients.flatMap((c) => c.assessments);
    expect(new Set(all.map((a) => a.questionnaireId))).toEqual(new Set(["klantkompas-full", "klantkompas-quick"]));
    expect(new Set(all.map((a) => a.respondentRole)).size).toBeGreaterThanOrEqual(3);
    // Trend charts have something to say: most clients improve, one clearly declines.
    const change = (name: string) => {
      const scores = clients.find((c) => c.name === name)?.assessments.flatMap((a) => a.overallScore ?? []) ?? [];
      return (scores.at(-1) ?? 0) - (scores[0] ?? 0);
    };
    expect(change("Noordkust Verzekeringen")).toBeLessThan(-10);
    expect(change("Gemeente Lindewaarde")).toBeGreaterThan(10);
    expect(change("Ziekenhuis De Waterlinie")).toBeGreaterThan(10);
    expect(clients.find((c) => c.name === "Bakkerij Van der Heijden")?.weakestDomain).toBe("hr");
    // The clients' latest results spread over at least three levels, so the dashboard shows more than one story.
    const latestLevels = clients.map(
      (c) => c.assessments.filter((a) => a.status === "submitted" && a.overallLevel !== null).at(-1)?.overallLevel,
    );
    expect(new Set(latestLevels).size).toBeGreaterThanOrEqual(3);
  }, 120_000);
});

describe("demoDate", () => {
  it("falls on a weekday in the requested month", () => {
    for (let spread = 0; spread < 40; spread++) {
      const date = demoDate(now, 3, spread);
      expect([1, 2, 3, 4, 5]).toContain(date.getUTCDay());
      expect(date.getUTCMonth()).toBe(7);
    }
  });
});
