import { describe, expect, it } from "vitest";
import { changeSign, describeChange, signedPoints } from "@/lib/display/change";

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
