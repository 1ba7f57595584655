import { describe, expect, it } from "vitest";
import { markOf, npsCategory, npsOf } from "@/lib/mirror/appreciation";

describe("NPS", () => {
  it("sorts 9–10 as promoters, 7–8 as passives, 0–6 as detractors", () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      "detractor",
      "detractor",
      "passive",
      "passive",
      "promoter",
      "promoter",
    ]);
  });

  it("is % promoters − % detractors with the normal-approximation margin", () => {
    // 5 promoters, 2 passives, 3 detractors of 10: 50 − 30 = 20; 1.645 × √((0.5 + 0.3 − 0.2²) / 10) × 100 = 45.35.
    expect(npsOf([10, 9, 9, 10, 9, 8, 7, 0, 6, 3], 5)).toEqual({
      respondents: 10,
      promoters: 5,
      passives: 2,
      detractors: 3,
      score: 20,
      margin90: 45.3,
    });
  });

  it("publishes no counts and no score below the minimum, only how many answered", () => {
    expect(npsOf([10, 10, 10, 0], 5)).toEqual({
      respondents: 4,
      promoters: null,
      passives: null,
      detractors: null,
      score: null,
      margin90: null,
    });
  });

  it("reaches the ends of the scale, with no margin when everyone agrees", () => {
    expect(npsOf([9, 9, 9, 10, 10], 5)).toMatchObject({ score: 100, margin90: 0 });
    expect(npsOf([0, 1, 2, 3, 4], 5)).toMatchObject({ score: -100, margin90: 0 });
  });
});

describe("report mark", () => {
  it("gives the mean to one decimal and counts per mark", () => {
    expect(markOf([7, 8, 8, 6, 9, 10], 5, 5)).toEqual({
      respondents: 6,
      mean: 8,
      distribution: [0, 0, 0, 0, 0, 1, 1, 2, 1, 1],
    });
    expect(markOf([7, 7, 8, 6, 9], 5, 5).mean).toBe(7.4);
  });

  it("keeps the distribution for its own minimum, and shows nothing below the group minimum", () => {
    expect(markOf([7, 8, 8, 6, 9], 5, 6)).toMatchObject({ mean: 7.6, distribution: null });
    expect(markOf([7, 8, 8, 6], 5, 5)).toEqual({ respondents: 4, mean: null, distribution: null });
  });
});
