import { describe, expect, it } from "vitest";
import { defaultSeries } from "@/lib/history/series";
import { db } from "@/lib/server/db/db";
import { DEMO_LOOP_CLIENT } from "@/lib/server/seed/demo-loop";
import { DEMO_ROUND_CLIENT } from "@/lib/server/seed/demo-rounds";
import { DEMO_CLIENTS, DEMO_CONSULTANT, demoDate, seedDemoWorkspace } from "@/lib/server/seed/demo-workspace";
import { getScanLoop } from "@/lib/server/targets/get-loop";
import { buildLoopRows } from "@/lib/targets/loop-summary";

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
      scans: await db.scan.count(),
      responses: await db.response.count(),
      answers: await db.answer.count(),
      targets: await db.scanTarget.count(),
      actions: await db.agreedAction.count(),
      events: await db.agreedActionEvent.count(),
    });
    const before = await counts();

    const second = await seedDemoWorkspace({ now });
    expect(second).toMatchObject({ created: [], existing: DEMO_CLIENTS.map((c) => c.name) });
    expect(second.consultant).toMatchObject({ workspaceId: first.consultant.workspaceId, created: false });
    expect(await counts()).toEqual(before);

    const clients = await db.client.findMany({
      where: { workspaceId: first.consultant.workspaceId },
      include: { scans: { orderBy: { submittedAt: "asc" }, include: { responses: true } } },
    });
    expect(clients).toHaveLength(8);
    expect(new Set(clients.map((c) => c.sector)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(clients.map((c) => c.sizeBand)).size).toBeGreaterThanOrEqual(4);
    for (const client of clients) {
      for (const scan of client.scans) {
        // A result exactly when the scan is closed: a self-scan's submit or a round's close.
        expect(scan.status === "closed").toBe(scan.submittedAt !== null);
        if (scan.kind === "self") {
          // One response, whose status the scan's result follows.
          expect(scan.responses).toHaveLength(1);
          expect(scan.responses[0]?.status === "submitted").toBe(scan.submittedAt !== null);
        } else {
          expect(scan.kind).toBe("team");
          expect(scan.respondentCount).toBe(scan.responses.filter((r) => r.status === "submitted").length);
          expect(scan.respondentCount).toBeGreaterThanOrEqual(scan.minGroupSize);
        }
      }
      const submitted = client.scans.filter((a) => a.submittedAt !== null);
      const selfScans = submitted.filter((a) => a.kind === "self");
      expect(selfScans.length).toBeGreaterThanOrEqual(2);
      expect(selfScans.length).toBeLessThanOrEqual(6);
      // Two closed team rounds for one client, so its history opens on team rounds.
      expect(submitted.length - selfScans.length).toBe(client.name === DEMO_ROUND_CLIENT ? 2 : 0);
      expect(client.submittedCount).toBe(submitted.length);
      for (const a of submitted) {
        expect(a.submittedAt?.getTime()).toBeLessThan(now.getTime());
        expect(a.submittedAt?.getTime()).toBeGreaterThan(now.getTime() - 25 * MONTH);
      }
    }
    const all = clients.flatMap((c) => c.scans);
    expect(new Set(all.map((a) => a.questionnaireId))).toEqual(new Set(["klantkompas-full", "klantkompas-quick"]));
    expect(new Set(all.flatMap((a) => a.responses.map((r) => r.role))).size).toBeGreaterThanOrEqual(3);
    // Trend charts have something to say: every client's history opens on a series with at least two results,
    // and within it most clients improve, one clearly declines and two stay flat.
    const change = (name: string) => {
      const scans = clients.find((c) => c.name === name)?.scans ?? [];
      const series = defaultSeries(scans);
      const scores = scans.filter((a) => a.series === series).flatMap((a) => a.overallScore ?? []);
      expect(scores.length, name).toBeGreaterThanOrEqual(2);
      return (scores.at(-1) ?? 0) - (scores[0] ?? 0);
    };
    for (const client of clients) change(client.name);
    expect(defaultSeries(clients.find((c) => c.name === DEMO_ROUND_CLIENT)?.scans ?? [])).toMatch(/^team:/);
    expect(change("Noordkust Verzekeringen")).toBeLessThan(-10);
    for (const name of ["Gemeente Lindewaarde", "Woonstichting Thuisbaken", "Ziekenhuis De Waterlinie"]) {
      expect(change(name), name).toBeGreaterThan(10);
    }
    for (const name of ["Van Leeuwen Installatietechniek", "Pixelwerf Software"]) {
      expect(change(name), name).toBeGreaterThan(2);
    }
    for (const name of ["Bakkerij Van der Heijden", "Scholengroep De Horizon"]) {
      expect(Math.abs(change(name)), name).toBeLessThan(5);
    }
    expect(clients.find((c) => c.name === "Bakkerij Van der Heijden")?.weakestDomain).toBe("hr");
    // The clients' latest results spread over at least three levels, so the dashboard shows more than one story.
    const latestLevels = clients.map((c) => c.latestLevel);
    expect(new Set(latestLevels).size).toBeGreaterThanOrEqual(3);

    // The loop: the latest board scan of the loop client reads the targets and actions agreed on the one before.
    const loopScans = (clients.find((c) => c.name === DEMO_LOOP_CLIENT)?.scans ?? []).filter(
      (a) => a.series === "self:klantkompas-full:board:" && a.submittedAt,
    );
    const latest = loopScans.at(-1);
    const loop = latest ? await getScanLoop(latest.id) : null;
    expect(loop?.previous?.id).toBe(loopScans.at(-2)?.id);
    expect(loop?.previous?.targets).toHaveLength(6);
    expect(loop?.actions.length).toBeGreaterThan(0);
    const withScores = await db.scanDomainScore.findMany({ where: { scanId: latest?.id ?? "" } });
    const rows = buildLoopRows({
      domainIds: withScores.map((d) => d.domainId),
      previousScores: loop?.previous?.domainScores ?? [],
      currentScores: withScores,
      targets: loop?.previous?.targets ?? [],
      actions: loop?.previous?.actions ?? [],
    });
    const interfunctional = rows.find((r) => r.domainId === "interfunctional");
    // "3 actions done in interfunctional dynamics; +… points; target reached", and targets missed elsewhere.
    expect(interfunctional?.done).toHaveLength(3);
    expect(interfunctional?.change).toBeGreaterThan(10);
    expect(interfunctional?.evaluation?.status).toBe("reached");
    expect(rows.some((r) => r.evaluation?.status === "not-reached")).toBe(true);
    expect(rows.some((r) => r.dropped.length > 0)).toBe(true);
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
