import { describe, expect, it } from "vitest";
import { interval90Of } from "@/lib/aggregation/interval";
import {
  classifyChange,
  classifyGap,
  classifyTarget,
  differenceMargin,
  type Measured,
  measuredOf,
} from "@/lib/aggregation/margin-rules";
import { meanOf } from "@/lib/aggregation/mean";
import { tQuantile95 } from "@/lib/aggregation/t-quantile";

type Group = Extract<Measured, { kind: "group" }>;

/** A group mean whose respondents' scores have standard deviation `sd`: margin90 = t(0.95, n − 1) · sd/√n. */
function group(score: number, respondents: number, sd: number): Group {
  return { kind: "group", score, respondents, margin90: (tQuantile95(respondents - 1) * sd) / Math.sqrt(respondents) };
}

describe("differenceMargin (Welch)", () => {
  it("equal groups: n = 10, sd 15 each (by hand)", () => {
    // se² = 15²/10 = 22.5 each; √(22.5 + 22.5) = 6.7082; df = 45² / (2 · 22.5²/9) = 18;
    // t(0.95, 18) = 1.7341 (t table) → margin 11.633.
    expect(differenceMargin(group(56, 10, 15), group(66, 10, 15))).toBeCloseTo(11.633, 2);
  });

  it("unequal groups use the Welch–Satterthwaite df", () => {
    // n = 5, sd 20: se² = 80; n = 20, sd 10: se² = 5; df = 85² / (80²/4 + 5²/19) = 4.5119.
    const margin = differenceMargin(group(50, 5, 20), group(50, 20, 10));
    expect(margin).toBeCloseTo(tQuantile95(4.5119) * Math.sqrt(85), 3);
    // Wider than the pooled rule with 23 df would give: the small, noisy group dominates.
    expect(margin).toBeGreaterThan(tQuantile95(23) * Math.sqrt(85));
  });

  it("is zero when neither group varies, and the df of the other when one does not", () => {
    expect(differenceMargin(group(40, 5, 0), group(60, 5, 0))).toBe(0);
    // se² = 10²/5 = 20 on one side only: df = 20² / (20²/4) = 4.
    expect(differenceMargin(group(40, 5, 0), group(60, 5, 10))).toBeCloseTo(tQuantile95(4) * Math.sqrt(20), 6);
  });
});

describe("classifyChange", () => {
  // FridayPulse's example: a 10-person team, 56 → 66 is within the margin, 56 → 70 beyond it.
  it("a 10-point change of a 10-person team (sd 15) is within the margin of 11.63", () => {
    expect(classifyChange({ before: group(56, 10, 15), after: group(66, 10, 15) })).toEqual({
      label: "within-margin",
      points: 10,
      margin: 11.63,
    });
  });

  it("a 14-point change of the same team is beyond it, either way", () => {
    expect(classifyChange({ before: group(56, 10, 15), after: group(70, 10, 15) })).toMatchObject({
      label: "beyond-margin",
      points: 14,
    });
    expect(classifyChange({ before: group(70, 10, 15), after: group(56, 10, 15) })).toMatchObject({
      label: "beyond-margin",
      points: -14,
    });
  });

  it("the issue's example from published rounds: 56 → 66 within, 56 → 70 beyond, whatever the spreads", () => {
    // Two rounds of the same 10-person team as the aggregate publishes them: below 30 respondents the margin
    // is the reference spread's, t(0.95, 9) · 15/√10 = 8.70, however (dis)agreeing the team was. Welch on
    // those standard errors (df 18 = n₁ + n₂ − 2 for equal sizes): 1.7341 · √(2 · (8.7/1.8331)²) = 11.64.
    const published = (scores: number[]): Group => {
      const interval = interval90Of(scores);
      const measured = measuredOf({ shown: true, score: meanOf(scores), respondents: scores.length, ...interval });
      if (!measured) throw new Error("not measured");
      return measured;
    };
    const around = (mean: number, deviation: number) =>
      Array.from({ length: 10 }, (_, i) => mean + (i % 2 ? deviation : -deviation));
    for (const [spreadBefore, spreadAfter] of [
      [15, 15],
      [2, 25],
      [25, 0],
    ]) {
      const before = published(around(56, spreadBefore ?? 0));
      expect(before).toMatchObject({ score: 56, margin90: 8.7 });
      expect(classifyChange({ before, after: published(around(66, spreadAfter ?? 0)) })).toEqual({
        label: "within-margin",
        points: 10,
        margin: 11.64,
      });
      expect(classifyChange({ before, after: published(around(70, spreadAfter ?? 0)) })).toMatchObject({
        label: "beyond-margin",
        points: 14,
      });
    }
  });

  it("a difference exactly at the margin is within it", () => {
    const before: Group = { kind: "group", score: 50, respondents: 5, margin90: 0 };
    expect(classifyChange({ before, after: { ...before, score: 50 } })).toMatchObject({ label: "within-margin" });
    expect(classifyChange({ before, after: { ...before, score: 50.01 } })).toMatchObject({ label: "beyond-margin" });
  });

  it("a change with a self-scan on either side is one person's view, without a margin", () => {
    const self: Measured = { kind: "one-person", score: 40 };
    expect(classifyChange({ before: self, after: { kind: "one-person", score: 65 } })).toEqual({
      label: "one-person",
      points: 25,
      margin: null,
    });
    expect(classifyChange({ before: self, after: group(60, 10, 15) })).toMatchObject({ label: "one-person" });
  });
});

describe("classifyGap", () => {
  it("flags a gap of 20 points or more only when it is beyond its margin", () => {
    // Two groups of 5, sd 5: se² = 5 each, df 8, margin = t(0.95, 8) · √10 = 1.8595 · 3.1623 = 5.88.
    expect(classifyGap({ high: group(70, 5, 5), low: group(50, 5, 5) })).toEqual({
      label: "beyond-margin",
      points: 20,
      margin: 5.88,
      beyondMargin: true,
      flagged: true,
    });
    // Same sizes, sd 25: se² = 125 each, margin = 1.8595 · √250 = 29.40: a 20-point gap is within it.
    expect(classifyGap({ high: group(70, 5, 25), low: group(50, 5, 25) })).toEqual({
      label: "within-margin",
      points: 20,
      margin: 29.4,
      beyondMargin: false,
      flagged: false,
    });
  });

  it("does not flag a gap beyond its margin below 20 points", () => {
    expect(classifyGap({ high: group(69.99, 5, 5), low: group(50, 5, 5) })).toMatchObject({
      beyondMargin: true,
      flagged: false,
    });
  });
});

describe("classifyTarget", () => {
  const actual = group(60, 10, 15); // margin90 = 1.83311 · 15/√10 = 8.70

  it("compares the target with the score's own margin", () => {
    expect(classifyTarget({ actual, target: 50 })).toEqual({
      label: "beyond-margin",
      points: 10,
      margin: 8.7,
      reached: true,
    });
    expect(classifyTarget({ actual, target: 55 })).toMatchObject({ label: "within-margin", reached: true });
    expect(classifyTarget({ actual, target: 60 })).toMatchObject({ label: "within-margin", points: 0, reached: true });
    expect(classifyTarget({ actual, target: 65 })).toMatchObject({ label: "within-margin", reached: false });
    expect(classifyTarget({ actual, target: 70 })).toMatchObject({
      label: "beyond-margin",
      points: -10,
      reached: false,
    });
  });

  it("a self-scan against its target is one person's view", () => {
    expect(classifyTarget({ actual: { kind: "one-person", score: 70 }, target: 65 })).toEqual({
      label: "one-person",
      points: 5,
      margin: null,
      reached: true,
    });
  });
});

describe("measuredOf", () => {
  it("takes a published mean with its margin, nothing hidden or without a margin", () => {
    expect(measuredOf({ shown: true, score: 61.5, respondents: 8, margin90: 7.2 })).toEqual({
      kind: "group",
      score: 61.5,
      respondents: 8,
      margin90: 7.2,
    });
    expect(measuredOf({ shown: false, score: null, respondents: null, margin90: null })).toBeNull();
    // A snapshot stored before intervals existed.
    expect(measuredOf({ shown: true, score: 61.5, respondents: 8 })).toBeNull();
  });
});
