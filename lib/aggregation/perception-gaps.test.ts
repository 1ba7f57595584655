import { describe, expect, it } from "vitest";
import { perceptionGaps } from "@/lib/aggregation/perception-gaps";
import type { Breakdown, RoundGroup } from "@/lib/aggregation/types";

function group(by: Breakdown, key: string, scores: Record<string, number | null>, shown = true): RoundGroup {
  return {
    by,
    key,
    members: [key],
    shown,
    tooFew: !shown,
    respondents: shown ? 3 : null,
    overall: { score: null, level: null },
    domains: shown
      ? Object.entries(scores).map(([domainId, score]) => ({
          domainId,
          shown: score !== null,
          respondents: score === null ? null : 3,
          score,
          level: null,
        }))
      : [],
    items: [],
  };
}

const domainIds = ["alpha", "beta"];

describe("perceptionGaps", () => {
  it("takes the highest and lowest shown group per breakdown and domain, largest gap first", () => {
    const gaps = perceptionGaps({
      domainIds,
      groups: [
        group("role", "board", { alpha: 80, beta: 50 }),
        group("role", "employee", { alpha: 40, beta: 45 }),
        group("role", "manager", { alpha: 60, beta: 55 }),
        group("team", "Sales", { alpha: 70, beta: 20 }),
        group("team", "Support", { alpha: 50, beta: 90 }),
      ],
    });
    expect(gaps).toEqual([
      {
        by: "team",
        domainId: "beta",
        high: { key: "Support", score: 90 },
        low: { key: "Sales", score: 20 },
        points: 70,
        flagged: true,
      },
      {
        by: "role",
        domainId: "alpha",
        high: { key: "board", score: 80 },
        low: { key: "employee", score: 40 },
        points: 40,
        flagged: true,
      },
      {
        by: "team",
        domainId: "alpha",
        high: { key: "Sales", score: 70 },
        low: { key: "Support", score: 50 },
        points: 20,
        flagged: true,
      },
      {
        by: "role",
        domainId: "beta",
        high: { key: "manager", score: 55 },
        low: { key: "employee", score: 45 },
        points: 10,
        flagged: false,
      },
    ]);
  });

  it("flags from 20 points, rounded as scores", () => {
    const gap = (high: number, low: number) =>
      perceptionGaps({
        domainIds: ["alpha"],
        groups: [group("role", "a", { alpha: high }), group("role", "b", { alpha: low })],
      })[0];
    expect(gap(39.99, 20)).toMatchObject({ points: 19.99, flagged: false });
    expect(gap(40, 20)).toMatchObject({ points: 20, flagged: true });
    // 32.05 − 12.05 = 19.999999999999996 in floating point.
    expect(gap(32.05, 12.05)).toMatchObject({ points: 20, flagged: true });
  });

  it("ignores hidden groups and hidden domains, and needs two shown groups", () => {
    const gaps = perceptionGaps({
      domainIds,
      groups: [
        group("role", "board", { alpha: 100, beta: 100 }, false),
        group("role", "employee", { alpha: 40, beta: null }),
        group("role", "manager", { alpha: 50, beta: 60 }),
        group("team", "Sales", { alpha: 0, beta: 0 }),
      ],
    });
    expect(gaps).toEqual([
      {
        by: "role",
        domainId: "alpha",
        high: { key: "manager", score: 50 },
        low: { key: "employee", score: 40 },
        points: 10,
        flagged: false,
      },
    ]);
  });

  it("names two different groups when all scores tie", () => {
    const [gap] = perceptionGaps({
      domainIds: ["alpha"],
      groups: [group("role", "a", { alpha: 50 }), group("role", "b", { alpha: 50 }), group("role", "c", { alpha: 50 })],
    });
    expect(gap).toMatchObject({ high: { key: "a" }, low: { key: "c" }, points: 0, flagged: false });
  });
});
