import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "@/lib/targets/evaluate-target";

describe("evaluateTarget", () => {
  it("is reached at or above the level's lower bound, with the margin in points", () => {
    expect(evaluateTarget({ minScore: 62.5 }, 70)).toEqual({ status: "reached", margin: 7.5 });
    expect(evaluateTarget({ minScore: 62.5 }, 62.5)).toEqual({ status: "reached", margin: 0 });
  });
  it("is not reached below it, the margin negative", () => {
    expect(evaluateTarget({ minScore: 62.5 }, 58)).toEqual({ status: "not-reached", margin: -4.5 });
    expect(evaluateTarget({ minScore: 37.5 }, 37.46)).toEqual({ status: "not-reached", margin: 0 });
  });
  it("cannot be judged without a score", () => {
    expect(evaluateTarget({ minScore: 62.5 }, null)).toEqual({ status: "no-score", margin: null });
  });
  it("reached exactly when score ≥ bound; the margin's sign never contradicts it (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(0, 12.5, 37.5, 62.5, 87.5),
        (score, minScore) => {
          const evaluation = evaluateTarget({ minScore }, score);
          expect(evaluation.status === "reached").toBe(score >= minScore);
          if (evaluation.status === "reached") expect(evaluation.margin).toBeGreaterThanOrEqual(0);
          if (evaluation.status === "not-reached") expect(evaluation.margin).toBeLessThanOrEqual(0);
          expect(Math.abs((evaluation.margin ?? 0) - (score - minScore))).toBeLessThanOrEqual(0.05 + 1e-9);
        },
      ),
    );
  });
});
