import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/mirrors/[token]/export/route";
import { db } from "@/lib/server/db/db";
import { listClientMirrors } from "@/lib/server/mirrors/list-client-mirrors";
import { loadMirrorResults } from "@/lib/server/mirrors/load-mirror-results";
import { createTestClient, createWorkspaceWithConsultant } from "@/tests/factories/workspace";
import { type SeedCustomer, seedClosedRound, seedMirror, seedSelfScan } from "@/tests/support/mirror-results-seed";

// Inside: processes 80 and culture 40. Customers: processes "rarely" (25) → a blind spot of 55;
// culture "often" (75) → a hidden strength of 35; everything else "often" (75).
const INSIDE = { processes: 80, culture: 40 };
const customer = (over: Partial<SeedCustomer> = {}): SeedCustomer => ({
  perDomain: { processes: 2 },
  otherwise: 4,
  nps: 9,
  mark: 8,
  comment: null,
  ...over,
});
const sixCustomers = (): SeedCustomer[] => [
  customer({ nps: 10, comment: "Bel me terug als het later wordt", segment: "zakelijk", source: "personal" }),
  customer({ nps: 9, comment: "Sneller antwoord op mails", source: "kiosk" }),
  customer({ nps: 8, mark: 7 }),
  customer({ nps: 6, mark: 5 }),
  customer({ nps: 3, mark: 4 }),
  customer({ nps: 9, mark: 9, comment: "Vaste contactpersoon graag" }),
];

const exportOf = (token: string, format: "csv" | "json") =>
  GET(new Request(`http://localhost/api/mirrors/${token}/export?format=${format}`), {
    params: Promise.resolve({ token }),
  });

describe("mirror results", () => {
  it("puts a self-scan's view beside the customers' as one person's view, with a blind spot", async () => {
    const scan = await seedSelfScan(INSIDE);
    const mirror = await seedMirror({ pairedScanId: scan.id, customers: sixCustomers() });
    const results = await loadMirrorResults({ organiserToken: mirror.organiserToken });
    expect(results?.inside).toMatchObject({ available: true, kind: "self", respondents: 1 });
    expect(results?.counts).toEqual({ total: 6, public: 4, personal: 1, kiosk: 1 });
    const processes = results?.aggregate?.domains.find((d) => d.domainId === "processes");
    expect(processes).toMatchObject({ inside: 80, score: 25, gap: 55, label: "blind-spot", insideRespondents: 1 });
    expect(results?.aggregate?.domains.find((d) => d.domainId === "culture")?.label).toBe("hidden-strength");
    // The plan opens with the blind spot, saying why.
    expect(results?.plan[0]).toMatchObject({ domainId: "processes", reason: "blind-spot" });
    expect(results?.plan.slice(1).every((p) => p.reason === "other")).toBe(true);
    // NPS: 3 promoters, 1 passive, 2 detractors of 6 → 16.7, with its margin.
    expect(results?.aggregate?.nps).toMatchObject({ promoters: 3, passives: 1, detractors: 2, score: 16.7 });
    expect(results?.aggregate?.nps?.margin90).toBeGreaterThan(0);
    // A self-scan publishes no per-statement distribution.
    expect(
      Object.values(results?.insideStatements ?? {})
        .flat()
        .every((s) => s.distribution === null),
    ).toBe(true);
    expect([...(results?.openAnswers ?? [])].sort()).toEqual(
      ["Bel me terug als het later wordt", "Sneller antwoord op mails", "Vaste contactpersoon graag"].sort(),
    );
  });

  it("closes a mirror past its closing date before it shows results, deleting the addresses", async () => {
    const scan = await seedSelfScan(INSIDE);
    const mirror = await seedMirror({ pairedScanId: scan.id, customers: sixCustomers(), closed: false });
    await db.mirror.update({ where: { id: mirror.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    await db.mirrorInvite.create({
      data: { mirrorId: mirror.id, address: "wacht@example.test", tokenHash: `h${mirror.id}` },
    });
    const results = await loadMirrorResults({ resultsToken: mirror.resultsToken });
    expect(results?.aggregate?.respondents).toBe(6);
    expect(await db.mirror.findUniqueOrThrow({ where: { id: mirror.id } })).toMatchObject({ status: "closed" });
    expect(await db.mirrorInvite.count({ where: { mirrorId: mirror.id, address: { not: null } } })).toBe(0);
  });

  it("never gives the results link the open answers, nor the export without the organiser token", async () => {
    const scan = await seedSelfScan(INSIDE);
    const mirror = await seedMirror({ pairedScanId: scan.id, customers: sixCustomers() });
    const shared = await loadMirrorResults({ resultsToken: mirror.resultsToken });
    expect(shared?.aggregate?.shown).toBe(true);
    expect(shared?.openAnswers).toBeNull();
    expect(JSON.stringify(shared)).not.toContain("Sneller antwoord");
    // The results token is no key to the export; the organiser's export carries the answers, nothing attached.
    expect((await exportOf(mirror.resultsToken, "json")).status).toBe(404);
    expect((await exportOf("x".repeat(32), "csv")).status).toBe(404);
    const json = await (await exportOf(mirror.organiserToken, "json")).json();
    expect(json.open_answers).toHaveLength(3);
    expect(json.open_answers.every((a: unknown) => typeof a === "string")).toBe(true);
    expect(json.domains.find((d: { domainId: string }) => d.domainId === "processes").label).toBe("blind-spot");
    const csv = await (await exportOf(mirror.organiserToken, "csv")).text();
    expect(csv).toContain("open-answer;;;;text;Vaste contactpersoon graag");
    expect(csv).toContain("domain;;processes;;label;blind-spot");
    expect(csv).not.toContain("zakelijk;;;;text");
  });

  it("takes the inside view and the statements' distributions from a closed round", async () => {
    const round = await seedClosedRound({ scores: INSIDE, count: 6, answer: 5 });
    const mirror = await seedMirror({ pairedScanId: round.id, customers: sixCustomers() });
    const results = await loadMirrorResults({ organiserToken: mirror.organiserToken });
    expect(results?.inside).toMatchObject({ available: true, kind: "round", respondents: 6 });
    const processes = results?.aggregate?.domains.find((d) => d.domainId === "processes");
    expect(processes).toMatchObject({ inside: 80, insideRespondents: 6, label: "blind-spot" });
    const inside = results?.insideStatements["mirror-processes-aftercare"]?.[0];
    expect(inside?.itemId).toBe("processes-aftercare");
    expect(inside?.distribution?.shown).toBe(true);
    expect(inside?.distribution?.counts.find((c) => c.value === 5)?.count).toBe(6);
  });

  it("uses the mirror's team where the round shows it, and says why not otherwise", async () => {
    const round = await seedClosedRound({
      scores: INSIDE,
      teams: [
        ["Helpdesk", 5],
        ["Verkoop", 6],
        ["Inkoop", 2],
      ],
    });
    const shown = await seedMirror({ pairedScanId: round.id, customers: sixCustomers(), team: "Helpdesk" });
    const hidden = await seedMirror({ pairedScanId: round.id, customers: sixCustomers(), team: "Inkoop" });
    const a = await loadMirrorResults({ organiserToken: shown.organiserToken });
    expect(a?.inside).toMatchObject({ available: true, kind: "team", respondents: 5 });
    const b = await loadMirrorResults({ organiserToken: hidden.organiserToken });
    expect(b?.inside).toEqual({ available: false, kind: "team", reason: "team-hidden" });
    expect(b?.aggregate?.domains.every((d) => d.inside === null && d.label === null)).toBe(true);
  });

  it("publishes nothing below five customers, and nothing at all while the mirror is open", async () => {
    const scan = await seedSelfScan(INSIDE);
    const few = await seedMirror({ pairedScanId: scan.id, customers: sixCustomers().slice(0, 4) });
    const results = await loadMirrorResults({ organiserToken: few.organiserToken });
    expect(results?.aggregate?.shown).toBe(false);
    expect(results?.aggregate?.domains.every((d) => d.score === null && d.gap === null)).toBe(true);
    expect(results?.aggregate?.nps?.score ?? null).toBeNull();
    expect(results?.openAnswers).toEqual([]);
    const json = await (await exportOf(few.organiserToken, "json")).json();
    expect(json).toMatchObject({ shown: false, domains: [], statements: [], nps: null, open_answers: [] });

    const open = await seedMirror({ pairedScanId: scan.id, customers: sixCustomers(), closed: false });
    const openResults = await loadMirrorResults({ organiserToken: open.organiserToken });
    expect(openResults?.aggregate).toBeNull();
    expect(openResults?.counts.total).toBe(6);
    expect((await exportOf(open.organiserToken, "csv")).status).toBe(409);
  });

  it("lists a client's mirrors oldest first with NPS and mark", async () => {
    const consultant = await createWorkspaceWithConsultant();
    const clientId = await createTestClient(consultant.workspaceId);
    const scan = await seedSelfScan(INSIDE, clientId);
    await seedMirror({ pairedScanId: scan.id, customers: sixCustomers(), clientId });
    await seedMirror({ pairedScanId: scan.id, customers: sixCustomers().slice(0, 3), clientId });
    const mirrors = await listClientMirrors({ clientId });
    expect(mirrors).toHaveLength(2);
    expect(mirrors[0]).toMatchObject({ series: scan.series, respondents: 6, nps: { score: 16.7 } });
    expect(mirrors[0]?.mark?.mean).toBeCloseTo(7, 0);
    expect(mirrors[1]?.nps?.score ?? null).toBeNull();
  });
});
