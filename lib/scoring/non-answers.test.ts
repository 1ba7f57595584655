import { describe, expect, it } from "vitest";
import { answersFromJson } from "@/lib/scoring/answers-from-json";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import { isAnswerValue } from "@/lib/scoring/is-answer-value";
import { scoreResponse } from "@/lib/scoring/score-response";
import { validateAnswers } from "@/lib/scoring/validate-answers";
import { buildDomain, buildItems, buildQuestionnaire, buildScale } from "@/tests/factories/questionnaire";

const v2Scale = buildScale({ dontKnow: true });
const q = buildQuestionnaire({
  scale: v2Scale,
  domains: [buildDomain({ id: "alpha" })],
  items: buildItems("alpha", 4),
});

describe("the two non-answers", () => {
  it('accepts "dk" only where the scale defines "don\'t know"', () => {
    expect(isAnswerValue(v2Scale, "dk")).toBe(true);
    expect(isAnswerValue(v2Scale, "na")).toBe(true);
    expect(isAnswerValue(buildScale(), "dk")).toBe(false);
    expect(isAnswerValue(buildScale({ notApplicable: false, dontKnow: true }), "na")).toBe(false);
    const v1 = buildQuestionnaire();
    expect(validateAnswers(v1, [{ itemId: "alpha-1", value: "dk" }])).toEqual([
      expect.objectContaining({ itemId: "alpha-1", code: "dont-know-not-allowed" }),
    ]);
  });

  it("leaves both out of the score and counts them apart", () => {
    const result = scoreResponse(
      q,
      answersFromRecord({ "alpha-1": 5, "alpha-2": 3, "alpha-3": "dk", "alpha-4": "na" }),
    );
    expect(result.domains[0]).toMatchObject({ status: "scored", mean: 4, answered: 2, dontKnow: 1, notApplicable: 1 });
    expect(result.overall).toMatchObject({ answered: 2, dontKnow: 1, notApplicable: 1, total: 4 });
  });

  it("counts neither towards the answered share", () => {
    const result = scoreResponse(
      q,
      answersFromRecord({ "alpha-1": 5, "alpha-2": "dk", "alpha-3": "dk", "alpha-4": "na" }),
    );
    expect(result.domains[0]).toMatchObject({ status: "insufficient", answered: 1, dontKnow: 2, notApplicable: 1 });
  });

  it('reads "dk" from JSON answers', () => {
    expect(answersFromJson({ "alpha-1": "dk" })).toEqual([{ itemId: "alpha-1", value: "dk" }]);
    expect(answersFromJson([{ itemId: "alpha-1", value: "dk" }])).toEqual([{ itemId: "alpha-1", value: "dk" }]);
  });
});

describe("minimum scored domains for the overall", () => {
  const domains = ["d1", "d2", "d3", "d4", "d5", "d6"];
  const six = buildQuestionnaire({
    minScoredDomains: 5,
    domains: domains.map((id) => buildDomain({ id })),
    items: domains.flatMap((id) => buildItems(id, 2)),
  });
  const answerDomains = (ids: string[]) =>
    answersFromRecord(
      Object.fromEntries(
        ids.flatMap((id) => [
          [`${id}-1`, 4],
          [`${id}-2`, 4],
        ]),
      ),
    );

  it("gives no overall score with 4 of 6 domains scored, naming the missing ones", () => {
    const result = scoreResponse(six, answerDomains(["d1", "d2", "d3", "d5"]));
    expect(result.overall).toMatchObject({
      status: "insufficient",
      score: null,
      level: null,
      scoredDomains: 4,
      requiredDomains: 5,
      missingDomains: ["d4", "d6"],
    });
    // The scored domains keep their scores and recommendations.
    expect(result.domains.filter((d) => d.status === "scored")).toHaveLength(4);
    expect(result.recommendations.length).toBeGreaterThan(0);
  });

  it("scores the overall with 5 of 6, still naming the missing domain", () => {
    const result = scoreResponse(six, answerDomains(["d1", "d2", "d3", "d4", "d5"]));
    expect(result.overall).toMatchObject({ status: "scored", score: 75, scoredDomains: 5, missingDomains: ["d6"] });
  });

  it("needs only one scored domain without minScoredDomains (v1)", () => {
    const v1 = buildQuestionnaire({
      domains: domains.map((id) => buildDomain({ id })),
      items: domains.flatMap((id) => buildItems(id, 2)),
    });
    expect(scoreResponse(v1, answerDomains(["d1"])).overall).toMatchObject({
      status: "scored",
      score: 75,
      requiredDomains: 1,
      missingDomains: ["d2", "d3", "d4", "d5", "d6"],
    });
  });
});

describe("indicative", () => {
  it("is true for a quick scan and false for a full scan", () => {
    expect(scoreResponse(buildQuestionnaire({ kind: "quick" }), []).indicative).toBe(true);
    expect(scoreResponse(buildQuestionnaire({ kind: "full" }), []).indicative).toBe(false);
  });
});
