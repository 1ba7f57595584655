import { describe, expect, it } from "vitest";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import { scoreResponse } from "@/lib/scoring/score-response";
import { buildDomain, buildItem, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

// alpha: one item; beta: three items. All answers 5 in alpha and 1 in beta.
const shape = {
  items: [...buildItems("alpha", 1), ...buildItems("beta", 3)],
};
const answers = answersFromRecord({ "alpha-1": 5, "beta-1": 1, "beta-2": 1, "beta-3": 1 });

describe("overall score", () => {
  it("weighted-domain-mean averages the domain scores", () => {
    const q = buildQuestionnaire({ ...shape, aggregation: "weighted-domain-mean" });
    expect(scoreResponse(q, answers).overall).toEqual({
      status: "scored",
      score: 50,
      level: "developing",
      answered: 4,
      notApplicable: 0,
      dontKnow: 0,
      total: 4,
      scoredDomains: 2,
      requiredDomains: 1,
      missingDomains: [],
    });
  });

  it("item-mean averages all item values, giving a different result on the same data", () => {
    const q = buildQuestionnaire({ ...shape, aggregation: "item-mean" });
    // (5 + 1 + 1 + 1) / 4 = 2 → 25.
    expect(scoreResponse(q, answers).overall).toMatchObject({ status: "scored", score: 25, level: "aware" });
  });

  it("weighted-domain-mean uses domain weights", () => {
    const q = buildQuestionnaire({
      ...shape,
      domains: [buildDomain({ id: "alpha", weight: 3 }), buildDomain({ id: "beta" })],
    });
    expect(scoreResponse(q, answers).overall.score).toBe(75);
  });

  it("item-mean uses item weights and reverse-scoring, and ignores domain weights", () => {
    const q = buildQuestionnaire({
      aggregation: "item-mean",
      domains: [buildDomain({ id: "alpha", weight: 10 }), buildDomain({ id: "beta" })],
      items: [
        buildItem({ id: "alpha-1", domain: "alpha", weight: 3 }),
        buildItem({ id: "beta-1", domain: "beta" }),
        buildItem({ id: "beta-2", domain: "beta", reverse: true }),
      ],
    });
    const result = scoreResponse(q, answersFromRecord({ "alpha-1": 5, "beta-1": 1, "beta-2": 5 }));
    // (3 × 5 + 1 + 1) / 5 = 3.4 → 60.
    expect(result.overall.score).toBe(60);
  });

  it("leaves insufficient domains out of weighted-domain-mean", () => {
    const q = buildQuestionnaire(shape);
    const result = scoreResponse(q, answersFromRecord({ "alpha-1": 4, "beta-1": 1, "beta-2": "na" }));
    expect(result.domains.map((d) => d.status)).toEqual(["scored", "insufficient"]);
    expect(result.overall).toMatchObject({ score: 75, answered: 2, notApplicable: 1, total: 4 });
  });

  it("leaves the items of insufficient domains out of item-mean", () => {
    const q = buildQuestionnaire({ ...shape, aggregation: "item-mean" });
    const result = scoreResponse(q, answersFromRecord({ "alpha-1": 4, "beta-1": 1 }));
    expect(result.domains[1]?.status).toBe("insufficient");
    expect(result.overall.score).toBe(75);
  });

  it("is insufficient when no domain is scored, still counting answers", () => {
    for (const aggregation of ["weighted-domain-mean", "item-mean"] as const) {
      const q = buildQuestionnaire({ ...shape, aggregation });
      const result = scoreResponse(q, answersFromRecord({ "alpha-1": "na", "beta-1": 2 }));
      expect(result.overall).toEqual({
        status: "insufficient",
        score: null,
        level: null,
        answered: 1,
        notApplicable: 1,
        dontKnow: 0,
        total: 4,
        scoredDomains: 0,
        requiredDomains: 1,
        missingDomains: ["alpha", "beta"],
      });
      expect(result.weakestDomains).toEqual([]);
      expect(result.recommendations).toEqual([]);
    }
  });

  it("reports the questionnaire id and version", () => {
    const result = scoreResponse(buildQuestionnaire({ id: "quick-scan", version: 3 }), []);
    expect(result).toMatchObject({ questionnaireId: "quick-scan", questionnaireVersion: 3 });
  });
});
