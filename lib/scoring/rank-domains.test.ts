import { describe, expect, it } from "vitest";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import { scoreResponse } from "@/lib/scoring/score-response";
import type { AnswerValue } from "@/lib/scoring/types";
import { buildDomain, buildItems, buildQuestionnaire, buildRecommendation } from "@/tests/factories/questionnaire";

const ids = ["a", "b", "c", "d", "e"];
const q = buildQuestionnaire({
  domains: ids.map((id) => buildDomain({ id })),
  items: ids.flatMap((id) => buildItems(id, 1)),
});

/** Scores each domain's single item; "skip" leaves it unanswered (insufficient). */
function score(values: Array<AnswerValue | "skip">) {
  const record: Record<string, AnswerValue> = {};
  values.forEach((value, i) => {
    if (value !== "skip") record[`${ids[i]}-1`] = value;
  });
  return scoreResponse(q, answersFromRecord(record));
}

describe("weakestDomains", () => {
  it("takes the two lowest scores, lowest first", () => {
    expect(score([4, 2, 5, 1, 3]).weakestDomains).toEqual(["d", "b"]);
  });

  it("adds domains tied with the second, keeping definition order among ties", () => {
    expect(score([3, 2, 5, 2, 2]).weakestDomains).toEqual(["b", "d", "e"]);
    expect(score([1, 3, 3, 5, 3]).weakestDomains).toEqual(["a", "b", "c", "e"]);
  });

  it("stops after the second unless a domain ties with it", () => {
    expect(score([1, 1, 1, 4, 5]).weakestDomains).toEqual(["a", "b", "c"]);
    expect(score([1, 2, 4, 4, 5]).weakestDomains).toEqual(["a", "b"]);
  });

  it("skips insufficient domains", () => {
    expect(score([1, "skip", "na", 4, 5]).weakestDomains).toEqual(["a", "d"]);
    expect(score(["skip", "skip", 3, "skip", "skip"]).weakestDomains).toEqual(["c"]);
    expect(score(["skip", "skip", "skip", "skip", "skip"]).weakestDomains).toEqual([]);
  });
});

describe("recommendations", () => {
  it("lists every scored domain's recommendations for its level, weakest first, numbered from 1", () => {
    const result = score([4, 2, "skip", 1, 2]);
    expect(result.recommendations.map((r) => [r.priority, r.domainId, r.levelId, r.recommendation.id])).toEqual([
      [1, "d", "reactive", "d-reactive"],
      [2, "b", "aware", "b-aware"],
      [3, "e", "aware", "e-aware"],
      [4, "a", "established", "a-established"],
    ]);
  });

  it("keeps a domain's recommendations in definition order", () => {
    const steps = ["first-step", "second-step", "third-step"].map((id) => buildRecommendation({ id }));
    const custom = buildDomain({ id: "beta" });
    const withSteps = buildQuestionnaire({
      domains: [
        buildDomain({ id: "alpha" }),
        { ...custom, recommendations: { ...custom.recommendations, aware: steps } },
      ],
    });
    const result = scoreResponse(
      withSteps,
      answersFromRecord({ "alpha-1": 5, "alpha-2": 5, "beta-1": 2, "beta-2": 2 }),
    );
    expect(result.recommendations.map((r) => [r.priority, r.recommendation.id])).toEqual([
      [1, "first-step"],
      [2, "second-step"],
      [3, "third-step"],
      [4, "alpha-leading"],
    ]);
    expect(result.recommendations[0]?.recommendation).toEqual(steps[0]);
  });
});
