import { describe, expect, it } from "vitest";
import { levelForScore } from "@/lib/scoring/level-for-score";
import { buildQuestionnaire, LEVEL_EDGE_SCORES } from "@/tests/factories/questionnaire";

const { levels } = buildQuestionnaire();

describe("levelForScore", () => {
  it.each<[number, string]>([[0, "reactive"], ...LEVEL_EDGE_SCORES, [100, "leading"]])(
    "puts %d in %s",
    (score, expected) => {
      expect(levelForScore(levels, score).id).toBe(expected);
    },
  );

  it("refuses scores outside 0–100", () => {
    expect(() => levelForScore(levels, -0.01)).toThrow(RangeError);
    expect(() => levelForScore(levels, 100.01)).toThrow(RangeError);
    expect(() => levelForScore(levels, Number.NaN)).toThrow(RangeError);
  });

  it("includes `to` only for the last level", () => {
    const two = levels.slice(0, 2).map((l, i) => ({ ...l, to: i === 0 ? 50 : 100, from: i * 50 }));
    expect(levelForScore(two, 50).id).toBe("aware");
    expect(levelForScore(two, 100).id).toBe("aware");
  });
});
