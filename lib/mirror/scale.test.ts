import { describe, expect, it } from "vitest";
import { isMirrorScaleValue, mirrorStatementScore, roundOne } from "@/lib/mirror/scale";

describe("mirror scale", () => {
  it("maps never … always onto 0, 25, 50, 75, 100", () => {
    expect([1, 2, 3, 4, 5].map(mirrorStatementScore)).toEqual([0, 25, 50, 75, 100]);
  });

  it("accepts whole numbers 1..5 only", () => {
    expect([1, 5].every(isMirrorScaleValue)).toBe(true);
    expect([0, 6, 2.5, "dk", "na", null, undefined, "3"].some(isMirrorScaleValue)).toBe(false);
  });

  it("rounds to one decimal, half away from zero, symmetric around 0", () => {
    expect(roundOne(56.25)).toBe(56.3);
    expect(roundOne(-56.25)).toBe(-56.3);
    expect(roundOne(-0.04)).toBe(0);
    expect(Object.is(roundOne(-0.04), -0)).toBe(false);
    expect(roundOne(33.333)).toBe(33.3);
  });
});
