import { describe, expect, it } from "vitest";
import { meanOf } from "@/lib/aggregation/mean";
import { quantile, spreadOf } from "@/lib/aggregation/quartiles";

describe("quantile (type 7, linear interpolation)", () => {
  it("matches R's quantile() on an even count", () => {
    // R: quantile(c(1, 2, 3, 4)) → 1, 1.75, 2.5, 3.25, 4
    const sorted = [1, 2, 3, 4];
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile(sorted, p))).toEqual([1, 1.75, 2.5, 3.25, 4]);
  });

  it("lands on order statistics on an odd count of 4k + 1", () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([10, 20, 30, 40, 50], p))).toEqual([20, 30, 40]);
  });

  it("interpolates on other odd counts", () => {
    // R: quantile(c(0, 10, 40)) → 0, 5, 10, 25, 40
    expect([0.25, 0.5, 0.75].map((p) => quantile([0, 10, 40], p))).toEqual([5, 10, 25]);
  });

  it("refuses no values", () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe("spreadOf", () => {
  it("sorts the values itself and rounds as scores", () => {
    expect(spreadOf([40, 10, 30, 20])).toEqual({ q1: 17.5, q3: 32.5 });
    expect(spreadOf([0, 33.33, 66.67])).toEqual({ q1: 16.67, q3: 50 });
  });

  it("gives one respondent's score as both quartiles", () => {
    expect(spreadOf([62.5])).toEqual({ q1: 62.5, q3: 62.5 });
  });

  it("is null without values", () => {
    expect(spreadOf([])).toBeNull();
  });

  it("is null below the minimum asked for (the distribution minimum), and never holds a min, median or max", () => {
    expect(spreadOf([10, 20, 30, 40], 5)).toBeNull();
    expect(Object.keys(spreadOf([10, 20, 30, 40, 50], 5) ?? {})).toEqual(["q1", "q3"]);
  });
});

describe("meanOf", () => {
  it("is the plain mean, or null for no values", () => {
    expect(meanOf([50, 75, 100])).toBe(75);
    expect(meanOf([])).toBeNull();
  });

  it("does not depend on the order of the values", () => {
    const values = [0.1, 0.2, 0.3, 1e-3, 77.77, 12.34];
    expect(meanOf(values)).toBe(meanOf([...values].reverse()));
  });
});
