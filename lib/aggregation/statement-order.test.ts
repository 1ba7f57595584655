import { describe, expect, it } from "vitest";
import type { ItemDistribution } from "@/lib/aggregation";
import { distributionSegments, statementsByDomain } from "@/lib/aggregation/statement-order";

const item = (itemId: string, domainId: string, divergence: number | null): ItemDistribution => ({
  itemId,
  domainId,
  shown: true,
  respondents: 4,
  scaleAnswers: 3,
  counts: [
    { value: 1, count: 1 },
    { value: 2, count: 0 },
    { value: 3, count: 2 },
  ],
  dontKnow: 1,
  notApplicable: 0,
  unanswered: 0,
  divergence,
});

const items = [
  item("a1", "a", 10),
  item("a2", "a", null),
  item("b1", "b", 20),
  item("a3", "a", 50),
  item("a4", "a", 10),
];

describe("statementsByDomain", () => {
  it("groups by domain in the given domain order, keeping questionnaire order", () => {
    const groups = statementsByDomain({ domainIds: ["b", "a", "c"], items, order: "questionnaire" });
    expect(groups.map((g) => [g.domainId, g.items.map((i) => i.itemId)])).toEqual([
      ["b", ["b1"]],
      ["a", ["a1", "a2", "a3", "a4"]],
    ]);
  });

  it("sorts most divided first within a domain; no divergence last; ties in questionnaire order", () => {
    const groups = statementsByDomain({ domainIds: ["a", "b"], items, order: "divided" });
    expect(groups[0]?.items.map((i) => i.itemId)).toEqual(["a3", "a1", "a4", "a2"]);
  });
});

describe("distributionSegments", () => {
  it("gives each scale point, then don't know, n.a. and unanswered, as shares adding up to 100", () => {
    const segments = distributionSegments(item("a1", "a", 10));
    expect(segments.map((s) => [s.kind, s.value, s.count])).toEqual([
      ["point", 1, 1],
      ["point", 2, 0],
      ["point", 3, 2],
      ["dontKnow", null, 1],
      ["notApplicable", null, 0],
      ["unanswered", null, 0],
    ]);
    expect(segments.map((s) => s.percent)).toEqual([25, 0, 50, 25, 0, 0]);
  });

  it("gives zero shares for a group without respondents", () => {
    const empty = { ...item("x", "a", null), respondents: 0, counts: [{ value: 1, count: 0 }], dontKnow: 0 };
    expect(distributionSegments(empty).every((s) => s.percent === 0)).toBe(true);
  });
});
