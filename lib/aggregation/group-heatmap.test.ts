import { describe, expect, it } from "vitest";
import type { RoundAggregate, RoundDomain, RoundGroup } from "@/lib/aggregation";
import { differenceStep, groupHeatmap } from "@/lib/aggregation/group-heatmap";

const group = (
  by: "role" | "team",
  key: string,
  scores: Record<string, number | null> | null,
  members: string[] = [key],
): RoundGroup => ({
  by,
  key,
  members,
  shown: scores !== null,
  tooFew: scores === null,
  respondents: scores === null ? null : 4,
  overall: { score: null, level: null },
  domains: scores
    ? Object.entries(scores).map(([domainId, score]) => ({
        domainId,
        shown: score !== null,
        respondents: score === null ? null : 4,
        score,
        level: score === null ? null : "developing",
        interval90: score === null ? null : { low: score - 5, high: score + 5 },
        margin90: score === null ? null : 5,
        marginBasis: score === null ? null : ("reference-spread" as const),
      }))
    : [],
  items: [],
});

const domain = (domainId: string, score: number | null): RoundDomain => ({
  domainId,
  shown: score !== null,
  respondents: score === null ? null : 12,
  score,
  level: score === null ? null : "developing",
  spread: null,
  consensus: null,
  consensusCaveat: false,
  interval90: null,
  margin90: null,
  marginBasis: null,
  alpha: null,
});

const aggregate: RoundAggregate = {
  version: 3,
  questionnaireId: "q",
  questionnaireVersion: 1,
  minGroupSize: 3,
  minDistribution: 5,
  shown: true,
  tooFew: false,
  respondents: 12,
  overall: { score: 55, level: "developing" },
  domains: [domain("a", 50.4), domain("b", 60.6), domain("c", null)],
  groups: [
    group("role", "board", null),
    group("role", "employee", { a: 40.2, b: 70.5, c: null }),
    group("role", "manager", { a: 61.6, b: null, c: null }),
    group("team", "Sales + Support", { a: 55, b: 58, c: null }, ["Sales", "Support"]),
    group("team", "Kitchen", { a: 45, b: 64, c: null }),
  ],
  gaps: [],
  items: [],
};

describe("groupHeatmap", () => {
  it("gives each shown group's shown mean and its difference from the round, from the rounded numbers", () => {
    const map = groupHeatmap({ aggregate, by: "role" });
    expect(map.domainIds).toEqual(["a", "b", "c"]);
    expect(map.round).toEqual([50, 61, null]);
    expect(map.rows.map((r) => r.key)).toEqual(["employee", "manager"]);
    // 40.2 → 40, round 50.4 → 50: −10; 70.5 → 71 (Math.round), round 60.6 → 61: +10.
    expect(map.rows[0]?.cells).toEqual([{ score: 40, difference: -10 }, { score: 71, difference: 10 }, null]);
    // 61.6 → 62 against 50: +12, as a reader subtracts the two numbers on screen (not 11.2).
    expect(map.rows[1]?.cells).toEqual([{ score: 62, difference: 12 }, null, null]);
  });

  it("leaves hidden groups out entirely: named in `hidden`, never a row or a number", () => {
    const map = groupHeatmap({ aggregate, by: "role" });
    expect(map.hidden).toEqual(["board"]);
    expect(JSON.stringify(map.rows)).not.toContain("board");
  });

  it("shows merged neighbours as one row with their members", () => {
    const map = groupHeatmap({ aggregate, by: "team" });
    expect(map.rows.map((r) => ({ key: r.key, members: r.members }))).toEqual([
      { key: "Sales + Support", members: ["Sales", "Support"] },
      { key: "Kitchen", members: ["Kitchen"] },
    ]);
    expect(map.rows[0]?.cells[0]).toEqual({ score: 55, difference: 5 });
    expect(map.hidden).toEqual([]);
  });

  it("shows a group's mean without a difference where the round's mean is hidden", () => {
    const map = groupHeatmap({
      aggregate: { ...aggregate, domains: [domain("a", null), domain("b", 60.6), domain("c", null)] },
      by: "role",
    });
    expect(map.rows[0]?.cells[0]).toEqual({ score: 40, difference: null });
  });

  it("publishes nothing when the round itself is hidden", () => {
    const map = groupHeatmap({ aggregate: { ...aggregate, shown: false }, by: "role" });
    expect(map.rows).toEqual([]);
    expect(map.round).toEqual([null, null, null]);
  });
});

describe("differenceStep", () => {
  it("steps at 5 and 10 points either way", () => {
    expect([-12, -10, -9, -5, -4, 0, 4, 5, 9, 10, 30, null].map(differenceStep)).toEqual([
      -2, -2, -1, -1, 0, 0, 0, 1, 1, 2, 2, 0,
    ]);
  });
});
