import { describe, expect, it } from "vitest";
import { perceptionGaps } from "@/lib/aggregation/perception-gaps";
import type { Breakdown, RoundGroup } from "@/lib/aggregation/types";

/** Groups of 3 with a margin of ±5 (or `margin90`) on every shown domain mean. */
function group(
  by: Breakdown,
  key: string,
  scores: Record<string, number | null>,
  shown = true,
  margin90 = 5,
): RoundGroup {
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
          interval90: score === null ? null : { low: score - margin90, high: score + margin90 },
          margin90: score === null ? null : margin90,
          marginBasis: score === null ? null : ("reference-spread" as const),
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
        margin: 5.16,
        beyondMargin: true,
        flagged: true,
      },
      {
        by: "role",
        domainId: "alpha",
        high: { key: "board", score: 80 },
        low: { key: "employee", score: 40 },
        points: 40,
        margin: 5.16,
        beyondMargin: true,
        flagged: true,
      },
      {
        by: "team",
        domainId: "alpha",
        high: { key: "Sales", score: 70 },
        low: { key: "Support", score: 50 },
        points: 20,
        margin: 5.16,
        beyondMargin: true,
        flagged: true,
      },
      {
        by: "role",
        domainId: "beta",
        high: { key: "manager", score: 55 },
        low: { key: "employee", score: 45 },
        points: 10,
        margin: 5.16,
        beyondMargin: true,
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

  it("flags a gap of 20 points or more only beyond its margin", () => {
    // Groups of 3 with margins of ±25: se = 25 / t(0.95, 2) = 25 / 2.92 = 8.5617 each, df = 4;
    // the gap's margin = t(0.95, 4) · √2 · 8.5617 = 2.1318 · 12.108 = 25.81.
    const gap = (high: number, low: number) =>
      perceptionGaps({
        domainIds: ["alpha"],
        groups: [group("role", "a", { alpha: high }, true, 25), group("role", "b", { alpha: low }, true, 25)],
      })[0];
    expect(gap(70, 45)).toEqual({
      by: "role",
      domainId: "alpha",
      high: { key: "a", score: 70 },
      low: { key: "b", score: 45 },
      points: 25,
      margin: 25.81,
      beyondMargin: false,
      flagged: false,
    });
    expect(gap(75, 45)).toMatchObject({ points: 30, beyondMargin: true, flagged: true });
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
        margin: 5.16,
        beyondMargin: true,
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
