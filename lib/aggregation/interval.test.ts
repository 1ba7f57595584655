import { describe, expect, it } from "vitest";
import { interval90Of, marginBasisFor, REFERENCE_SD } from "@/lib/aggregation/interval";
import { OWN_SPREAD_FROM } from "@/lib/aggregation/minimums";
import { tQuantile95 } from "@/lib/aggregation/t-quantile";
import { round2 } from "@/lib/scoring/round2";

describe("tQuantile95", () => {
  it("matches the printed t table (one-sided 0.05 column)", () => {
    // Student's t table, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2, column 0.95.
    expect(tQuantile95(1)).toBeCloseTo(6.314, 3);
    expect(tQuantile95(2)).toBeCloseTo(2.92, 3);
    expect(tQuantile95(4)).toBeCloseTo(2.1318, 4);
    expect(tQuantile95(9)).toBeCloseTo(1.8331, 4);
    expect(tQuantile95(30)).toBeCloseTo(1.6973, 4);
    // Towards the normal quantile z(0.95) = 1.6449 for large df.
    expect(tQuantile95(100_000)).toBeCloseTo(1.6449, 3);
  });

  it("takes a real df (Welch) between its neighbours", () => {
    const between = tQuantile95(7.5);
    expect(between).toBeLessThan(tQuantile95(7));
    expect(between).toBeGreaterThan(tQuantile95(8));
  });

  it("refuses df that is not positive", () => {
    expect(() => tQuantile95(0)).toThrow(RangeError);
    expect(() => tQuantile95(Number.NaN)).toThrow(RangeError);
  });
});

describe("interval90Of", () => {
  const fifties = (n: number) => Array.from({ length: n }, () => 50);
  /** n scores with mean 60 and deviations of ±10 (one 60 in the middle when n is odd). */
  const spreadAround60 = (n: number) =>
    Array.from({ length: n }, (_, i) => (n % 2 === 1 && i === n - 1 ? 60 : i % 2 === 0 ? 50 : 70));

  it("below 30 respondents: mean ± t(0.95, n − 1) · 15/√n, the reference spread (n = 5, by hand)", () => {
    expect(OWN_SPREAD_FROM).toBe(30);
    expect(REFERENCE_SD).toBe(15);
    // mean 60; 15/√5 = 6.7082; margin = 2.13185 · 6.7082 = 14.3009 → 45.70 … 74.30. The scores' own spread
    // (s = 15.81) plays no part.
    expect(interval90Of([80, 40, 60, 50, 70])).toEqual({
      interval90: { low: 45.7, high: 74.3 },
      margin90: 14.3,
      marginBasis: "reference-spread",
    });
  });

  it("n = 10, by hand: the issue's team of ten", () => {
    // 15/√10 = 4.7434; margin = 1.83311 · 4.7434 = 8.6952 → 51.30 … 68.70 (own s would be 10.54: ± 6.11).
    expect(interval90Of(spreadAround60(10))).toEqual({
      interval90: { low: 51.3, high: 68.7 },
      margin90: 8.7,
      marginBasis: "reference-spread",
    });
  });

  it("below 30 the margin depends on n only, and the interval on n and the mean only", () => {
    for (let n = 2; n < OWN_SPREAD_FROM; n += 1) {
      const margin = (tQuantile95(n - 1) * REFERENCE_SD) / Math.sqrt(n);
      const agree = interval90Of(Array.from({ length: n }, () => 60));
      const differ = interval90Of(spreadAround60(n));
      expect(agree).toEqual(differ);
      expect(agree?.margin90).toBe(round2(margin));
      expect(agree?.interval90).toEqual({
        low: round2(Math.max(0, 60 - margin)),
        high: round2(Math.min(100, 60 + margin)),
      });
    }
  });

  it("from 30 respondents: the group's own standard deviation (n = 30, by hand)", () => {
    // mean 60; squares 30 · 100 = 3000; s² = 3000/29 = 103.45, s = 10.1710; s/√30 = 1.8570;
    // margin = 1.69913 · 1.8570 = 3.1552 → 56.84 … 63.16.
    expect(interval90Of(spreadAround60(30))).toEqual({
      interval90: { low: 56.84, high: 63.16 },
      margin90: 3.16,
      marginBasis: "own-spread",
    });
    // Everybody gave the same score: no width.
    expect(interval90Of(fifties(30))).toEqual({
      interval90: { low: 50, high: 50 },
      margin90: 0,
      marginBasis: "own-spread",
    });
    expect(marginBasisFor(29)).toBe("reference-spread");
    expect(marginBasisFor(30)).toBe("own-spread");
  });

  it("clips to 0–100 but keeps the margin unclipped", () => {
    // mean 96.667 → 96.67; margin = 2.91999 · 15/√3 = 25.2878 → 71.38 … 121.96, clipped to 100.
    expect(interval90Of([100, 90, 100])).toEqual({
      interval90: { low: 71.38, high: 100 },
      margin90: 25.29,
      marginBasis: "reference-spread",
    });
    expect(interval90Of([0, 10, 0])?.interval90).toEqual({ low: 0, high: 28.62 });
  });

  it("has no interval below two values", () => {
    expect(interval90Of([40])).toBeNull();
    expect(interval90Of([])).toBeNull();
  });

  it("does not depend on the order of the values", () => {
    expect(interval90Of([3.3, 91.7, 45.1, 12.9])).toEqual(interval90Of([91.7, 12.9, 3.3, 45.1]));
    const many = Array.from({ length: 31 }, (_, i) => (i * 37) % 101);
    expect(interval90Of(many)).toEqual(interval90Of([...many].reverse()));
  });
});
