import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ascending, groupFigures, percentile, percentileRank, withoutOne } from "@/lib/benchmark/percentiles";

const scores = fc.array(
  fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
  { minLength: 1, maxLength: 40 },
);

describe("percentile (type 7)", () => {
  it("interpolates between order statistics as R's quantile(type = 7) does", () => {
    // R: quantile(c(10, 20, 30, 40, 50), c(.25, .5, .75)) → 20 30 40
    expect(groupFigures([10, 20, 30, 40, 50])).toEqual({ p25: 20, median: 30, p75: 40 });
    // R: quantile(c(0, 25, 50, 100), c(.25, .5, .75)) → 18.75 37.5 62.5
    expect(groupFigures([0, 25, 50, 100])).toEqual({ p25: 18.75, median: 37.5, p75: 62.5 });
    expect(percentile([42], 0.75)).toBe(42);
    expect(percentile([1, 2], 0)).toBe(1);
    expect(percentile([1, 2], 1)).toBe(2);
  });

  it("is monotone in p and stays between the lowest and highest score", () => {
    fc.assert(
      fc.property(
        scores,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const sorted = ascending(values);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(percentile(sorted, lo)).toBeLessThanOrEqual(percentile(sorted, hi));
          expect(percentile(sorted, lo)).toBeGreaterThanOrEqual(sorted[0] ?? 0);
          expect(percentile(sorted, hi)).toBeLessThanOrEqual(sorted[sorted.length - 1] ?? 100);
        },
      ),
    );
  });

  it("never falls when one score rises (median and P75)", () => {
    fc.assert(
      fc.property(scores, fc.nat(), fc.integer({ min: 0, max: 5000 }), (values, pick, raise) => {
        const index = pick % values.length;
        const raised = values.map((v, i) => (i === index ? Math.min(100, v + raise / 100) : v));
        const before = groupFigures(ascending(values));
        const after = groupFigures(ascending(raised));
        expect(after.median).toBeGreaterThanOrEqual(before.median);
        expect(after.p75).toBeGreaterThanOrEqual(before.p75);
      }),
    );
  });

  it("keeps p25 ≤ median ≤ p75", () => {
    fc.assert(
      fc.property(scores, (values) => {
        const { p25, median, p75 } = groupFigures(ascending(values));
        expect(p25).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(p75);
      }),
    );
  });
});

describe("percentileRank (mid-rank)", () => {
  it("counts the peers below and half of the ties", () => {
    expect(percentileRank([10, 20, 30, 40], 25)).toBe(50);
    expect(percentileRank([10, 20, 30, 40], 30)).toBe(62.5);
    expect(percentileRank([10, 20, 30, 40], 5)).toBe(0);
    expect(percentileRank([10, 20, 30, 40], 50)).toBe(100);
    // Equal to every peer: in the middle, not at the top or bottom.
    expect(percentileRank([50, 50, 50, 50, 50], 50)).toBe(50);
    expect(percentileRank([], 50)).toBeNull();
  });

  it("stays in 0–100 and never falls when the score rises", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (peers, a, b) => {
        const [lo, hi] = a <= b ? [a / 100, b / 100] : [b / 100, a / 100];
        const low = percentileRank(peers, lo) ?? -1;
        const high = percentileRank(peers, hi) ?? -1;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(100);
        expect(low).toBeLessThanOrEqual(high);
      }),
    );
  });

  it("does not depend on the order of the peers", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: 100 }), (peers, score) => {
        expect(percentileRank([...peers].reverse(), score)).toBe(percentileRank(peers, score));
        expect(percentileRank(ascending(peers), score)).toBe(percentileRank(peers, score));
      }),
    );
  });
});

describe("withoutOne", () => {
  it("takes out one occurrence only, and nothing when the value is absent", () => {
    expect(withoutOne([10, 20, 20, 30], 20)).toEqual([10, 20, 30]);
    expect(withoutOne([10, 20], 25)).toEqual([10, 20]);
  });
});
