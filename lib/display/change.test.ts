import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeSign, describeChange, shownMargin, shownTargetGap, signedPoints } from "@/lib/display/change";
import { evaluateTarget } from "@/lib/targets/evaluate-target";

describe("describeChange", () => {
  it("is null without a previous scan", () => {
    expect(describeChange(null)).toBeNull();
    expect(describeChange(undefined)).toBeNull();
    expect(describeChange(Number.NaN)).toBeNull();
  });
  it("rounds to one decimal and keeps the direction", () => {
    expect(describeChange(3.46)).toEqual({ direction: "up", points: 3.5 });
    expect(describeChange(-2)).toEqual({ direction: "down", points: 2 });
  });
  it("treats a change that rounds to zero as no change", () => {
    expect(describeChange(0.04)).toEqual({ direction: "same", points: 0 });
    expect(describeChange(-0.04)).toEqual({ direction: "same", points: 0 });
    expect(describeChange(0)).toEqual({ direction: "same", points: 0 });
  });
  it("rounds to whole points when asked", () => {
    expect(describeChange(3, 0)).toEqual({ direction: "up", points: 3 });
    expect(describeChange(-2.6, 0)).toEqual({ direction: "down", points: 3 });
    expect(describeChange(0.4, 0)).toEqual({ direction: "same", points: 0 });
  });
});

describe("changeSign", () => {
  it("uses plus, a real minus sign and plus-minus", () => {
    expect(changeSign("up")).toBe("+");
    expect(changeSign("down")).toBe("\u2212");
    expect(changeSign("same")).toBe("±");
  });
});

describe("signedPoints", () => {
  it("takes the difference of the rounded scores, with a sign", () => {
    expect(signedPoints(59.6, 60.4)).toBe("0");
    expect(signedPoints(50, 61.5)).toBe("+12");
    expect(signedPoints(70.2, 61)).toBe("\u22129");
  });
});

describe("shownTargetGap", () => {
  it("adds up on screen: from 63 · 58 · 5 points short, not from 62.5 · 58 · 4.2 short", () => {
    // The defect of issue 18: the bound (62.5) and the difference (4.2) were shown unrounded beside a rounded score.
    expect(shownTargetGap(62.5, 58.3)).toEqual({ target: 63, actual: 58, points: -5 });
  });
  it("shows a score just under a whole bound rounded down, so it reads as short", () => {
    // Found by the property below: 99.5 against 100 showed "from 100 · 100 · 0 points short".
    expect(shownTargetGap(100, 99.5)).toEqual({ target: 100, actual: 99, points: -1 });
    expect(shownTargetGap(50, 49.99)).toEqual({ target: 50, actual: 49, points: -1 });
    expect(shownTargetGap(50, 50)).toEqual({ target: 50, actual: 50, points: 0 });
  });
  it("never disagrees with reached for the level bounds (whole or .5)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 100, noNaN: true }), (half, actual) => {
        const bound = half / 2;
        const gap = shownTargetGap(bound, actual);
        expect(gap.points).toBe(gap.actual - gap.target);
        expect(gap.points >= 0).toBe(evaluateTarget({ minScore: bound }, actual).status === "reached");
      }),
    );
  });
});

describe("shownMargin", () => {
  it("takes the range from the shown score and margin", () => {
    // 62.4 ± 8.7: shown 62 ± 9, so 53–71 (not the unrounded interval's 53.7–71.1, shown 54–71).
    expect(shownMargin(62.4, 8.7)).toEqual({ score: 62, margin: 9, low: 53, high: 71 });
  });
  it("clips the range to 0–100", () => {
    expect(shownMargin(95, 8.7)).toEqual({ score: 95, margin: 9, low: 86, high: 100 });
    expect(shownMargin(3, 8.7)).toEqual({ score: 3, margin: 9, low: 0, high: 12 });
  });
});
