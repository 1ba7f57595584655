import { describe, expect, it } from "vitest";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import type { ItemDistribution } from "@/lib/aggregation/item-distribution";
import { roundMedianAnswers, roundPlan } from "@/lib/aggregation/round-plan";
import { buildDomain, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";
import { buildRoundResponses as responses } from "@/tests/factories/round-response";

const item = (itemId: string, counts: number[], shown = true): ItemDistribution => ({
  itemId,
  domainId: "alpha",
  shown,
  respondents: shown ? counts.reduce((a, b) => a + b, 0) : null,
  scaleAnswers: shown ? counts.reduce((a, b) => a + b, 0) : null,
  counts: shown ? counts.map((count, i) => ({ value: i + 1, count })) : [],
  dontKnow: shown ? 0 : null,
  notApplicable: shown ? 0 : null,
  unanswered: shown ? 0 : null,
  divergence: null,
});

describe("roundMedianAnswers", () => {
  it("takes the median scale answer of each shown statement, the lower one on an even count", () => {
    expect(
      roundMedianAnswers({
        items: [
          // 1 1 2 4 5 → 2
          item("odd", [2, 1, 0, 1, 1]),
          // 1 1 4 4 → the lower middle, 1
          item("even", [2, 0, 0, 2, 0]),
          // everyone on 5
          item("top", [0, 0, 0, 0, 3]),
          item("hidden", [], false),
          item("none", [0, 0, 0, 0, 0]),
        ],
      }),
    ).toEqual([
      { itemId: "odd", value: 2 },
      { itemId: "even", value: 1 },
      { itemId: "top", value: 5 },
    ]);
  });
});

describe("roundPlan", () => {
  const q = buildQuestionnaire({
    domains: [buildDomain({ id: "alpha" }), buildDomain({ id: "beta" }), buildDomain({ id: "gamma" })],
    items: [...buildItems("alpha", 2), ...buildItems("beta", 2), ...buildItems("gamma", 1)],
  });
  const round = aggregateRound({
    minGroupSize: 3,
    minDistribution: 3,
    questionnaire: q,
    responses: responses(4, {
      scores: { alpha: 75, beta: 25, gamma: 50 },
      answers: { "alpha-1": 4, "alpha-2": 4, "beta-1": 2, "beta-2": 2, "gamma-1": 3 },
    }),
  });

  it("opens with the weakest domains' steps, as a self-scan's plan does", () => {
    const plan = roundPlan(q, round);
    expect(plan.plan.next.map((step) => step.recommendation.id)).toEqual([
      "beta-aware",
      "gamma-developing",
      "alpha-established",
    ]);
    expect(plan.recommendations.map((r) => r.recommendation.id)).toEqual([
      "beta-aware",
      "gamma-developing",
      "alpha-established",
    ]);
    expect(plan.plan.byDomain).toEqual([]);
  });
});
