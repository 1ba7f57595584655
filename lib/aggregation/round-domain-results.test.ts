import { describe, expect, it } from "vitest";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { domainResultsFromRound } from "@/lib/aggregation/round-domain-results";
import { prioritiseRecommendations } from "@/lib/scoring/prioritise-recommendations";
import { buildDomain, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";
import { buildRoundResponses as responses } from "@/tests/factories/round-response";

const q = buildQuestionnaire({
  domains: [buildDomain({ id: "alpha" }), buildDomain({ id: "beta" }), buildDomain({ id: "gamma" })],
  items: [...buildItems("alpha", 2), ...buildItems("beta", 2), ...buildItems("gamma", 1)],
});

describe("domainResultsFromRound", () => {
  const round = aggregateRound({
    minGroupSize: 3,
    minDistribution: 3,
    questionnaire: q,
    responses: [
      ...responses(3, { scores: { alpha: 75, beta: 25, gamma: null }, answers: { "alpha-1": 4, "alpha-2": "dk" } }),
      ...responses(1, { scores: { alpha: 75, beta: 25, gamma: 50 } }),
    ],
  });
  const domains = domainResultsFromRound(q, round);

  it("turns the shown means into DomainResults, hidden domains insufficient", () => {
    expect(domains).toEqual([
      {
        domainId: "alpha",
        status: "scored",
        mean: 4,
        score: 75,
        level: "established",
        // Only alpha-1's distribution is shown (alpha-2 has no scale answer), and only shown ones count.
        answered: 3,
        notApplicable: 0,
        dontKnow: 0,
        total: 4,
      },
      {
        domainId: "beta",
        status: "scored",
        mean: 2,
        score: 25,
        level: "aware",
        answered: 0,
        notApplicable: 0,
        dontKnow: 0,
        total: 0,
      },
      {
        domainId: "gamma",
        status: "insufficient",
        mean: null,
        score: null,
        level: null,
        answered: 0,
        notApplicable: 0,
        dontKnow: 0,
        total: 0,
      },
    ]);
  });

  it("feeds prioritiseRecommendations unchanged: weakest shown domain first", () => {
    expect(prioritiseRecommendations(q, domains).map((r) => r.recommendation.id)).toEqual([
      "beta-aware",
      "alpha-established",
    ]);
  });

  it("gives no scored domain for a hidden round", () => {
    const hidden = aggregateRound({
      minGroupSize: 3,
      minDistribution: 3,
      questionnaire: q,
      responses: responses(2, { scores: { alpha: 75 } }),
    });
    expect(domainResultsFromRound(q, hidden).every((d) => d.status === "insufficient")).toBe(true);
  });
});
