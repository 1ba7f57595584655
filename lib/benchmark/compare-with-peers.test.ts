import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildNorms } from "@/lib/benchmark/build-norms";
import { compareWithPeers } from "@/lib/benchmark/compare-with-peers";
import type { GroupType, Member } from "@/lib/benchmark/types";
import { member } from "@/tests/factories/benchmark-candidates";

/** `count` members of one sector and size band, in a workspace, with scores 10, 20, 30 … */
function peers(count: number, overrides: Partial<Member> = {}, from = 0): Member[] {
  return Array.from({ length: count }, (_, i) =>
    member({
      clientId: `${overrides.workspaceId ?? "w2"}-${overrides.sector ?? "hc"}-${from + i}`,
      workspaceId: "w2",
      score: (from + i + 1) * 10,
      ...overrides,
    }),
  );
}

const viewer = { sector: "healthcare", sizeBand: "50-249", values: { alpha: 55, beta: 55, overall: 55 } };
const none: Record<GroupType, number> = { all: 0, sector: 0, size: 0 };

function compare(
  members: Member[],
  options: { requested?: GroupType; self?: Member | null; own?: Record<GroupType, number>; minPeers?: number } = {},
) {
  return compareWithPeers({
    requested: options.requested ?? "sector",
    sector: viewer.sector,
    sizeBand: viewer.sizeBand,
    norms: buildNorms(members),
    self: options.self ?? null,
    ownWorkspace: options.own ?? none,
    values: viewer.values,
    minPeers: options.minPeers ?? 5,
  });
}

describe("compareWithPeers: the minimum group", () => {
  it("shows a sector of 5 peers with median, top quartile and percentile", () => {
    const result = compare(peers(5, { sector: "healthcare" }));
    expect(result).toMatchObject({
      shown: true,
      groupType: "sector",
      groupValue: "healthcare",
      fellBack: false,
      peers: 5,
    });
    if (!result.shown) return;
    // Peers 10..50: median 30, P75 40; 55 is above all five.
    expect(result.metrics.overall).toEqual({ median: 30, p75: 40, percentile: 100 });
    expect(result.metrics.alpha).toEqual({ median: 30, p75: 40, percentile: 100 });
  });

  it("falls back to all organisations when the sector has 4 peers", () => {
    const members = [...peers(4, { sector: "healthcare" }), ...peers(3, { sector: "retail" }, 4)];
    expect(compare(members)).toMatchObject({ shown: true, groupType: "all", groupValue: "", fellBack: true, peers: 7 });
  });

  it("says too few when all organisations are fewer than the minimum", () => {
    expect(compare(peers(4, { sector: "healthcare" }))).toEqual({ shown: false, requested: "sector", minPeers: 5 });
    expect(compare([])).toMatchObject({ shown: false });
  });

  it("groups by size band the same way", () => {
    const members = [...peers(5, { sizeBand: "50-249", sector: "retail" }), ...peers(2, { sizeBand: "1-9" }, 5)];
    expect(compare(members, { requested: "size" })).toMatchObject({
      shown: true,
      groupType: "size",
      groupValue: "50-249",
      peers: 5,
    });
    expect(compare(members, { requested: "sector" })).toMatchObject({
      shown: true,
      groupType: "all",
      fellBack: true,
      peers: 7,
    });
  });

  it("uses a configured minimum above 5, and never one below 5", () => {
    const five = peers(5, { sector: "healthcare" });
    expect(compare(five, { minPeers: 6 })).toMatchObject({ shown: false, minPeers: 6 });
    expect(compare(five.slice(0, 4), { minPeers: 2 })).toMatchObject({ shown: false, minPeers: 5 });
  });
});

describe("compareWithPeers: the viewed organisation is not its own peer", () => {
  it("takes its own contribution out, so a group of exactly 5 with it in is 4 peers: too few", () => {
    const self = member({ clientId: "me", workspaceId: "w1", score: 55, sector: "healthcare" });
    const members = [...peers(4, { sector: "healthcare" }), self];
    expect(compare(members, { self, own: { all: 1, sector: 1, size: 1 } })).toMatchObject({ shown: false });
  });

  it("computes the figures and the percentile without its own score", () => {
    const self = member({ clientId: "me", workspaceId: "w1", score: 100, sector: "healthcare" });
    const result = compare([...peers(5, { sector: "healthcare" }), self], {
      self,
      own: { all: 1, sector: 1, size: 1 },
    });
    expect(result).toMatchObject({ shown: true, peers: 5 });
    if (result.shown) expect(result.metrics.overall).toEqual({ median: 30, p75: 40, percentile: 100 });
  });

  it("does not take anything out of a group it is not in (it moved sector since it was counted)", () => {
    const self = member({ clientId: "me", workspaceId: "w1", score: 10, sector: "retail" });
    const result = compare([...peers(5, { sector: "healthcare" }), self], {
      self,
      own: { all: 1, sector: 0, size: 1 },
    });
    expect(result).toMatchObject({ shown: true, groupType: "sector", peers: 5 });
  });
});

describe("compareWithPeers: the viewer's own workspace cannot single anyone out", () => {
  it("hides a group of 4 known clients and 1 stranger, and falls back", () => {
    const mine = peers(4, { sector: "healthcare", workspaceId: "w1" });
    const stranger = peers(1, { sector: "healthcare", workspaceId: "w9" }, 10);
    expect(compare([...mine, ...stranger], { own: { all: 4, sector: 4, size: 4 } })).toMatchObject({ shown: false });
  });

  it("shows a group of only its own clients (nothing to hide from it), or with at least 5 strangers", () => {
    const mine = peers(5, { sector: "healthcare", workspaceId: "w1" });
    expect(compare(mine, { own: { all: 5, sector: 5, size: 5 } })).toMatchObject({ shown: true, peers: 5 });
    const strangers = peers(5, { sector: "healthcare", workspaceId: "w9" }, 10);
    expect(compare([...mine, ...strangers], { own: { all: 5, sector: 5, size: 5 } })).toMatchObject({
      shown: true,
      peers: 10,
    });
  });
});

describe("compareWithPeers: properties", () => {
  const memberArb = fc.record({
    sector: fc.constantFrom("healthcare", "retail"),
    sizeBand: fc.constantFrom("50-249", "1-9"),
    workspaceId: fc.constantFrom("w1", "w2", "w3"),
    score: fc.integer({ min: 0, max: 100 }),
  });
  const arb = fc.record({
    raw: fc.array(memberArb, { maxLength: 30 }),
    requested: fc.constantFrom<GroupType>("sector", "size", "all"),
    minPeers: fc.integer({ min: 0, max: 12 }),
  });

  it("never shows a group with fewer than max(5, minimum) peers, nor with 1–4 strangers to the viewer's workspace", () => {
    fc.assert(
      fc.property(arb, ({ raw, requested, minPeers }) => {
        const members = raw.map((r, i) => member({ clientId: `c${i}`, ...r }));
        const inGroup = (g: GroupType, m: Member) =>
          g === "all" || (g === "sector" ? m.sector === viewer.sector : m.sizeBand === viewer.sizeBand);
        const own = (g: GroupType) => members.filter((m) => m.workspaceId === "w1" && inGroup(g, m)).length;
        const result = compare(members, {
          requested,
          minPeers,
          own: { all: own("all"), sector: own("sector"), size: own("size") },
        });
        if (!result.shown) return;
        const group = members.filter((m) => inGroup(result.groupType, m));
        const strangers = group.filter((m) => m.workspaceId !== "w1").length;
        expect(group.length).toBe(result.peers);
        expect(result.peers).toBeGreaterThanOrEqual(Math.max(5, minPeers));
        expect(strangers === 0 || strangers >= Math.max(5, minPeers)).toBe(true);
        if (result.fellBack) expect(result.groupType).toBe("all");
        for (const metric of Object.values(result.metrics)) {
          expect(metric.median).toBeLessThanOrEqual(metric.p75);
          expect(metric.percentile).not.toBeNull();
        }
      }),
    );
  });

  it("a higher own score never gets a lower percentile", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 20 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (scores, a, b) => {
          const members = scores.map((score, i) => member({ clientId: `c${i}`, workspaceId: "w2", score }));
          const at = (score: number) => {
            const result = compareWithPeers({
              requested: "all",
              sector: viewer.sector,
              sizeBand: viewer.sizeBand,
              norms: buildNorms(members),
              self: null,
              ownWorkspace: none,
              values: { overall: score },
              minPeers: 5,
            });
            return result.shown ? (result.metrics.overall?.percentile ?? -1) : -1;
          };
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(at(lo)).toBeLessThanOrEqual(at(hi));
        },
      ),
    );
  });
});
