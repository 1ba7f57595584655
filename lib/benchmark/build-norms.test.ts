import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildNorms } from "@/lib/benchmark/build-norms";
import { member } from "@/tests/factories/benchmark-candidates";

describe("buildNorms", () => {
  const members = [
    member({ clientId: "a", score: 10, sector: "healthcare", sizeBand: "1-9" }),
    member({ clientId: "b", score: 20, sector: "healthcare", sizeBand: "10-49" }),
    member({ clientId: "c", score: 30, sector: "retail", sizeBand: "10-49" }),
    member({ clientId: "d", score: 40, sector: "retail", sizeBand: "10-49" }),
    member({ clientId: "e", score: 50, sector: "retail", sizeBand: "1-9" }),
  ];
  const norms = buildNorms(members);
  const find = (groupType: string, groupValue: string, metric = "overall") =>
    norms.find((n) => n.groupType === groupType && n.groupValue === groupValue && n.metric === metric);

  it("stores all organisations, each sector and each size band, per domain and overall", () => {
    expect(norms).toHaveLength((1 + 2 + 2) * 3);
    expect(find("all", "")).toMatchObject({ n: 5, p25: 20, median: 30, p75: 40, scores: [10, 20, 30, 40, 50] });
    expect(find("sector", "retail", "alpha")).toMatchObject({ n: 3, median: 40, scores: [30, 40, 50] });
    expect(find("size", "1-9")).toMatchObject({ n: 2, scores: [10, 50] });
  });

  it("keeps sets apart", () => {
    const team = buildNorms([...members, member({ clientId: "a", scanKind: "team", score: 90 })]);
    expect(team.filter((n) => n.scanKind === "team" && n.groupType === "all" && n.metric === "overall")).toEqual([
      expect.objectContaining({ n: 1, scores: [90] }),
    ]);
  });

  it("stores every group, however small: the minimum is applied when a benchmark is shown", () => {
    expect(find("sector", "healthcare")?.n).toBe(2);
  });

  it("property: each group's n is the number of its members, the same for every metric, and the lists are sorted", () => {
    const memberArb = fc.record({
      sector: fc.constantFrom("healthcare", "retail", "public"),
      sizeBand: fc.constantFrom("1-9", "1000+"),
      score: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 25 }), (raw) => {
        const built = buildNorms(raw.map((r, i) => member({ clientId: `c${i}`, ...r })));
        for (const norm of built) {
          const inGroup = raw.filter((r) =>
            norm.groupType === "all"
              ? true
              : norm.groupType === "sector"
                ? r.sector === norm.groupValue
                : r.sizeBand === norm.groupValue,
          );
          expect(norm.n).toBe(inGroup.length);
          expect(norm.scores).toEqual([...norm.scores].sort((x, y) => x - y));
        }
        const all = built.filter((n) => n.groupType === "all");
        expect(all.every((n) => n.n === raw.length)).toBe(true);
      }),
    );
  });
});
