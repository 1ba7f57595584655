import { describe, expect, it } from "vitest";
import { scoreResponse } from "@/lib/scoring/score-response";
import { buildDomain, buildItem, buildQuestionnaire, LEVEL_EDGE_SCORES } from "@/tests/factories/questionnaire";

/** One domain whose items are answered 1 and 5 with weights 100 − s and s, so its score is s. */
function scoreOf(target: number) {
  const q = buildQuestionnaire({
    domains: [buildDomain({ id: "alpha" })],
    items: [
      buildItem({ id: "low", domain: "alpha", weight: 100 - target }),
      buildItem({ id: "high", domain: "alpha", weight: target }),
    ],
  });
  return scoreResponse(q, [
    { itemId: "low", value: 1 },
    { itemId: "high", value: 5 },
  ]);
}

const uniform = buildQuestionnaire({
  domains: [buildDomain({ id: "alpha" })],
  items: [buildItem({ id: "only", domain: "alpha" })],
});

describe("level boundaries through full scoring", () => {
  it.each([
    [1, 0, "reactive"],
    [5, 100, "leading"],
  ])("answer %d gives score %d (%s)", (value, score, level) => {
    const result = scoreResponse(uniform, [{ itemId: "only", value }]);
    expect(result.domains[0]).toMatchObject({ score, level });
    expect(result.overall).toMatchObject({ score, level });
  });

  it.each(LEVEL_EDGE_SCORES)("score %d is %s", (target, level) => {
    const result = scoreOf(target);
    expect(result.domains[0]).toMatchObject({ score: target, level });
    expect(result.overall).toMatchObject({ score: target, level });
  });

  it("takes the level from the rounded score (19.996 → 20 → aware)", () => {
    expect(scoreOf(19.996).domains[0]).toMatchObject({ score: 20, level: "aware" });
  });

  // These compute as 59.99499999999999 and 79.99499999999999; naive rounding would give 59.99 and 79.99.
  it.each([
    [59.995, 60, "established"],
    [79.995, 80, "leading"],
  ])("rounds a half-way score of %d up to %d (%s)", (target, score, level) => {
    expect(scoreOf(target).domains[0]).toMatchObject({ score, level });
  });

  it("lands a mean that is 1.8 in decimal but 1.7999999999999998 in binary on 20", () => {
    const q = buildQuestionnaire({
      domains: [buildDomain({ id: "alpha" })],
      items: [
        buildItem({ id: "a", domain: "alpha", weight: 0.1 }),
        buildItem({ id: "b", domain: "alpha", weight: 0.1 }),
        buildItem({ id: "c", domain: "alpha", weight: 0.3 }),
      ],
    });
    const answers = [
      { itemId: "a", value: 1 },
      { itemId: "b", value: 5 },
      { itemId: "c", value: 1 },
    ];
    const domain = scoreResponse(q, answers).domains[0];
    // The premise: unguarded arithmetic falls just short of the boundary.
    expect(domain?.mean).toBeLessThan(1.8);
    expect(domain).toMatchObject({ score: 20, level: "aware" });
  });
});
