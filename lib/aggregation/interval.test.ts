import { describe, expect, it } from "vitest";
import { interval90Of } from "@/lib/aggregation/interval";
import { tQuantile95 } from "@/lib/aggregation/t-quantile";

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
  it("is mean ± t(0.95, n − 1) · s/√n (n = 5, by hand)", () => {
    // mean 60; squared deviations 400 + 100 + 0 + 100 + 400 = 1000; s² = 1000/4 = 250, s = 15.8114;
    // s/√5 = 7.0711; margin = 2.13185 · 7.0711 = 15.0745 → 44.93 … 75.07.
    expect(interval90Of([80, 40, 60, 50, 70])).toEqual({ interval90: { low: 44.93, high: 75.07 }, margin90: 15.07 });
  });

  it("n = 10, by hand", () => {
    // mean 60; every deviation ±10: squares 1000; s² = 1000/9 = 111.11, s = 10.5409; s/√10 = 3.3333;
    // margin = 1.83311 · 3.3333 = 6.1104 → 53.89 … 66.11.
    expect(interval90Of([50, 50, 50, 50, 50, 70, 70, 70, 70, 70])).toEqual({
      interval90: { low: 53.89, high: 66.11 },
      margin90: 6.11,
    });
  });

  it("clips to 0–100 but keeps the margin unclipped", () => {
    // mean 96.667; squares 44.444 + 11.111 + 11.111 = 66.667; s² = 33.333, s = 5.7735; s/√3 = 3.3333;
    // margin = 2.91999 · 3.3333 = 9.7333 → 86.93 … 106.4, clipped to 100.
    expect(interval90Of([100, 90, 100])).toEqual({ interval90: { low: 86.93, high: 100 }, margin90: 9.73 });
    expect(interval90Of([0, 10, 0])?.interval90).toEqual({ low: 0, high: 13.07 });
  });

  it("has no width when everybody gave the same score, and no interval below two values", () => {
    expect(interval90Of([40, 40, 40])).toEqual({ interval90: { low: 40, high: 40 }, margin90: 0 });
    expect(interval90Of([40])).toBeNull();
    expect(interval90Of([])).toBeNull();
  });

  it("does not depend on the order of the values", () => {
    expect(interval90Of([3.3, 91.7, 45.1, 12.9])).toEqual(interval90Of([91.7, 12.9, 3.3, 45.1]));
  });
});
