import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pickMembers } from "@/lib/benchmark/pick-members";
import { candidate, NOW } from "@/tests/factories/benchmark-candidates";

describe("pickMembers: one scan per organisation", () => {
  it("takes each organisation's latest submitted scan", () => {
    const members = pickMembers(
      [
        candidate({ clientId: "a", scanId: "a1", submittedAt: new Date("2026-01-01"), overallScore: 30 }),
        candidate({ clientId: "a", scanId: "a2", submittedAt: new Date("2026-09-01"), overallScore: 70 }),
        candidate({ clientId: "b", scanId: "b1", submittedAt: new Date("2025-05-01") }),
      ],
      { now: NOW },
    );
    expect(members.map((m) => [m.clientId, m.scanId, m.values.overall])).toEqual([
      ["a", "a2", 70],
      ["b", "b1", 50],
    ]);
  });

  it("keeps self-scans and team rounds, and questionnaires and domain sets, apart", () => {
    const members = pickMembers(
      [
        candidate({ clientId: "a", scanId: "self" }),
        candidate({ clientId: "a", scanId: "team", scanKind: "team" }),
        candidate({ clientId: "a", scanId: "quick", questionnaireId: "quick" }),
        candidate({
          clientId: "a",
          scanId: "v3",
          domainSetKey: "alpha",
          domainScores: [{ domainId: "alpha", score: 10 }],
        }),
      ],
      { now: NOW },
    );
    expect(members.map((m) => m.scanId).sort()).toEqual(["quick", "self", "team", "v3"]);
  });

  it("counts only the last 24 months, the first moment included", () => {
    const members = pickMembers(
      [
        candidate({ clientId: "edge", submittedAt: new Date("2024-12-01T12:00:00.000Z") }),
        candidate({ clientId: "old", submittedAt: new Date("2024-12-01T11:59:59.999Z") }),
        candidate({ clientId: "future", submittedAt: new Date("2026-12-01T12:00:00.001Z") }),
      ],
      { now: NOW },
    );
    expect(members.map((m) => m.clientId)).toEqual(["edge"]);
  });

  it("uses the newer scan when only the older one left the window", () => {
    // The newer scan is inside, the older one outside: the newer counts.
    const members = pickMembers(
      [
        candidate({ clientId: "a", scanId: "a-old", submittedAt: new Date("2023-01-01") }),
        candidate({ clientId: "a", scanId: "a-new", submittedAt: new Date("2025-01-01") }),
      ],
      { now: NOW },
    );
    expect(members.map((m) => m.scanId)).toEqual(["a-new"]);
  });

  it("passes over a scan without a score on every domain and overall, for the one before it", () => {
    const members = pickMembers(
      [
        candidate({ clientId: "a", scanId: "a1", submittedAt: new Date("2026-01-01") }),
        candidate({
          clientId: "a",
          scanId: "a2",
          submittedAt: new Date("2026-05-01"),
          domainScores: [
            { domainId: "alpha", score: null },
            { domainId: "beta", score: 80 },
          ],
        }),
        candidate({ clientId: "b", scanId: "b1", overallScore: null }),
        candidate({ clientId: "c", scanId: "c1", domainScores: [{ domainId: "alpha", score: 40 }] }),
      ],
      { now: NOW },
    );
    expect(members.map((m) => m.scanId)).toEqual(["a1"]);
  });

  it("breaks a tie on the submit time by scan id, whatever the input order", () => {
    const at = new Date("2026-03-01");
    const scans = [
      candidate({ clientId: "a", scanId: "x", submittedAt: at }),
      candidate({ clientId: "a", scanId: "y", submittedAt: at }),
    ];
    expect(pickMembers(scans, { now: NOW })[0]?.scanId).toBe("y");
    expect(pickMembers([...scans].reverse(), { now: NOW })[0]?.scanId).toBe("y");
  });

  it("property: at most one member per organisation and set, always its latest eligible scan, order-independent", () => {
    const scanArb = fc.record({
      clientId: fc.constantFrom("a", "b", "c", "d"),
      scanKind: fc.constantFrom("self" as const, "team" as const),
      day: fc.integer({ min: -800, max: 10 }),
      overall: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 5 }),
    });
    fc.assert(
      fc.property(fc.array(scanArb, { maxLength: 30 }), (raw) => {
        const scans = raw.map((r, i) =>
          candidate({
            clientId: r.clientId,
            scanId: `s${String(i).padStart(2, "0")}`,
            scanKind: r.scanKind,
            submittedAt: new Date(NOW.getTime() + r.day * 86_400_000),
            overallScore: r.overall,
          }),
        );
        const members = pickMembers(scans, { now: NOW });
        const keys = members.map((m) => `${m.scanKind}|${m.clientId}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const m of members) {
          const eligible = scans.filter(
            (s) =>
              s.clientId === m.clientId &&
              s.scanKind === m.scanKind &&
              s.overallScore !== null &&
              s.submittedAt.getTime() <= NOW.getTime() &&
              s.submittedAt.getTime() >= new Date("2024-12-01T12:00:00Z").getTime(),
          );
          const latest = Math.max(...eligible.map((s) => s.submittedAt.getTime()));
          expect(m.submittedAt.getTime()).toBe(latest);
        }
        expect(pickMembers([...scans].reverse(), { now: NOW })).toEqual(members);
      }),
    );
  });
});
