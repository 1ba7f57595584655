import { describe, expect, it } from "vitest";
import { aggregateAnswers } from "@/lib/aggregation/aggregate-answers";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { RoundInputError } from "@/lib/aggregation/round-input-error";
import { scoreResponse } from "@/lib/scoring";
import { buildQuestionnaire } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire();

describe("aggregateAnswers", () => {
  it("scores raw answers with scoreResponse, then aggregates", () => {
    const raw = [
      { role: "board", team: "Sales", answers: { "alpha-1": 4, "alpha-2": 4, "beta-1": 2, "beta-2": 2 } },
      { role: "board", answers: { "alpha-1": 5, "alpha-2": 3, "beta-1": 1, "beta-2": "na" } },
      { role: "employee", answers: { "alpha-1": 1, "alpha-2": 1, "beta-1": 5, "beta-2": 5 } },
    ] as const;
    const result = aggregateAnswers({ minGroupSize: 3, minDistribution: 3, questionnaire: q, responses: raw });
    // alpha: 75, 75, 0 → 50; beta: 25, 0, 100 → 41.67.
    expect(result.domains.map((d) => d.score)).toEqual([50, 41.67]);
    const stored = raw.map((response) => ({
      ...response,
      domainScores: scoreResponse(
        q,
        Object.entries(response.answers).map(([itemId, value]) => ({ itemId, value })),
      ).domains.map(({ domainId, score }) => ({ domainId, score })),
    }));
    expect(aggregateRound({ minGroupSize: 3, minDistribution: 3, questionnaire: q, responses: stored })).toEqual(
      result,
    );
  });

  it("gives a round of identical responses that person's domain and overall scores", () => {
    const answers = { "alpha-1": 4, "alpha-2": 3, "beta-1": 2, "beta-2": "na" } as const;
    const person = scoreResponse(
      q,
      Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
    );
    const result = aggregateAnswers({
      minGroupSize: 3,
      minDistribution: 3,
      questionnaire: q,
      responses: Array.from({ length: 3 }, () => ({ role: "board", answers })),
    });
    expect(result.domains.map((d) => [d.score, d.level])).toEqual(person.domains.map((d) => [d.score, d.level]));
    expect(result.overall).toEqual({ score: person.overall.score, level: person.overall.level });
  });

  it('scores "dk" like "na" but counts them apart', () => {
    const answers = { "alpha-1": "dk", "alpha-2": "dk", "beta-1": "na", "beta-2": "dk" } as const;
    const result = aggregateAnswers({
      minGroupSize: 3,
      minDistribution: 3,
      questionnaire: q,
      responses: [
        ...Array.from({ length: 3 }, () => ({ role: "board", answers: { "alpha-1": 3, "beta-1": 3 } })),
        { role: "board", answers },
      ],
    });
    expect(result.respondents).toBe(4);
    expect(result.domains.map((d) => d.respondents)).toEqual([3, 3]);
    // alpha-2 and beta-2 have no scale answer: no distribution, so not their don't-know count either.
    expect(result.items.map((item) => [item.dontKnow, item.notApplicable])).toEqual([
      [1, 0],
      [null, null],
      [0, 1],
      [null, null],
    ]);
  });

  it("names the response and item of every invalid answer", () => {
    const attempt = () =>
      aggregateAnswers({
        minGroupSize: 3,
        minDistribution: 3,
        questionnaire: q,
        responses: [
          { role: "board", answers: { "alpha-1": 3 } },
          { role: "board", answers: { "alpha-1": 7, nope: 3 } },
        ],
      });
    expect(attempt).toThrow(RoundInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as RoundInputError).issues.map((issue) => issue.path)).toEqual([
        "responses[1].answers.alpha-1",
        "responses[1].answers.nope",
      ]);
    }
  });
});
