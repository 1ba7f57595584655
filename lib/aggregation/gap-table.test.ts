import { describe, expect, it } from "vitest";
import type { RoundAggregate, RoundGroup } from "@/lib/aggregation";
import { breakdownsInRound, gapSentenceValues, gapTable, shownGapPoints } from "@/lib/aggregation/gap-table";

const group = (by: "role" | "team", key: string, scores: Record<string, number | null> | null): RoundGroup => ({
  by,
  key,
  members: [key],
  shown: scores !== null,
  tooFew: scores === null,
  respondents: scores === null ? null : 3,
  overall: { score: null, level: null },
  domains: scores
    ? Object.entries(scores).map(([domainId, score]) => ({
        domainId,
        shown: score !== null,
        respondents: score === null ? null : 3,
        score,
        level: score === null ? null : "developing",
        interval90: score === null ? null : { low: score - 5, high: score + 5 },
        margin90: score === null ? null : 5,
        marginBasis: score === null ? null : ("reference-spread" as const),
      }))
    : [],
  items: [],
});

const domain = (domainId: string) => ({
  domainId,
  shown: true,
  respondents: 6,
  score: 50,
  level: "developing",
  spread: null,
  consensus: null,
  consensusCaveat: false,
  interval90: { low: 45, high: 55 },
  margin90: 5,
  marginBasis: "reference-spread" as const,
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
  respondents: 9,
  overall: { score: 50, level: "developing" },
  domains: [domain("a"), domain("b"), domain("c")],
  groups: [
    group("role", "board", null),
    group("role", "employee", { a: 40, b: 70, c: null }),
    group("role", "manager", { a: 50, b: 40, c: 60 }),
  ],
  gaps: [
    {
      by: "role",
      domainId: "b",
      high: { key: "employee", score: 70 },
      low: { key: "manager", score: 40 },
      points: 30,
      margin: 10.2,
      beyondMargin: true,
      flagged: true,
    },
    {
      by: "role",
      domainId: "a",
      high: { key: "manager", score: 50 },
      low: { key: "employee", score: 40 },
      points: 10,
      margin: 10.2,
      beyondMargin: false,
      flagged: false,
    },
  ],
  items: [],
};

describe("gapTable", () => {
  it("puts the shown groups side by side, largest gap first, domains without a gap last", () => {
    const table = gapTable({ aggregate, by: "role" });
    expect(table.groups.map((g) => g.key)).toEqual(["employee", "manager"]);
    expect(table.rows.map((r) => r.domainId)).toEqual(["b", "a", "c"]);
    expect(table.rows[0]?.scores).toEqual([70, 40]);
    expect(table.rows[2]).toEqual({ domainId: "c", scores: [null, 60], gap: null });
  });

  it("names hidden groups without numbers", () => {
    const table = gapTable({ aggregate, by: "role" });
    expect(table.hidden).toEqual(["board"]);
    expect(JSON.stringify(table.groups)).not.toContain("board");
  });

  it("keeps questionnaire order when no domain has a gap", () => {
    const table = gapTable({ aggregate, by: "team" });
    expect(table.rows.map((r) => r.domainId)).toEqual(["a", "b", "c"]);
    expect(table.groups).toEqual([]);
    expect(table.hidden).toEqual([]);
  });
});

describe("breakdownsInRound", () => {
  it("lists a breakdown only when a group is listed in it", () => {
    expect(breakdownsInRound(aggregate)).toEqual(["role"]);
    expect(breakdownsInRound({ ...aggregate, groups: [...aggregate.groups, group("team", "Sales", null)] })).toEqual([
      "role",
      "team",
    ]);
    expect(breakdownsInRound({ ...aggregate, groups: [] })).toEqual([]);
  });
});

describe("gapSentenceValues", () => {
  it("labels both groups and the domain and rounds the points", () => {
    const gap = {
      by: "role" as const,
      domainId: "b",
      high: { key: "board", score: 80.4 },
      low: { key: "employee", score: 50.1 },
      points: 30.3,
      margin: 10.2,
      beyondMargin: true,
      flagged: true,
    };
    expect(
      gapSentenceValues(gap, { groupLabel: (key) => key.toUpperCase(), domainName: (id) => `domain ${id}` }),
    ).toEqual({ high: "BOARD", low: "EMPLOYEE", domain: "domain b", points: 30 });
  });
});

describe("shownGapPoints", () => {
  it("subtracts the rounded scores, as a reader of the table would", () => {
    const gap = {
      by: "role" as const,
      domainId: "b",
      high: { key: "x", score: 70.4 },
      low: { key: "y", score: 44.6 },
      points: 25.8,
      margin: 10.2,
      beyondMargin: true,
      flagged: true,
    };
    expect(shownGapPoints(gap)).toBe(25);
    expect(
      shownGapPoints({ ...gap, high: { key: "x", score: 70.6 }, low: { key: "y", score: 50.4 }, points: 20.2 }),
    ).toBe(21);
  });
});
