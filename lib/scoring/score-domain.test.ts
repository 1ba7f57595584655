import { describe, expect, it } from "vitest";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import { scoreResponse } from "@/lib/scoring/score-response";
import type { AnswerValue, DomainResult } from "@/lib/scoring/types";
import { buildDomain, buildItem, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire({ domains: [buildDomain({ id: "alpha" })], items: buildItems("alpha", 4) });

function alpha(answers: Record<string, AnswerValue>, questionnaire = q): DomainResult | undefined {
  return scoreResponse(questionnaire, answersFromRecord(answers)).domains[0];
}

describe("domain score", () => {
  it("averages the answers and normalises to 0–100", () => {
    expect(alpha({ "alpha-1": 1, "alpha-2": 2, "alpha-3": 2, "alpha-4": 3 })).toEqual({
      domainId: "alpha",
      status: "scored",
      mean: 2,
      score: 25,
      level: "aware",
      answered: 4,
      notApplicable: 0,
      dontKnow: 0,
      total: 4,
    });
  });

  it("reverse-scores negatively worded items", () => {
    const reversed = buildQuestionnaire({
      domains: [buildDomain({ id: "alpha" })],
      items: [
        buildItem({ id: "plain", domain: "alpha" }),
        buildItem({ id: "negative", domain: "alpha", reverse: true }),
      ],
    });
    expect(alpha({ plain: 5, negative: 1 }, reversed)).toMatchObject({ mean: 5, score: 100 });
    expect(alpha({ plain: 5, negative: 5 }, reversed)).toMatchObject({ mean: 3, score: 50 });
    expect(alpha({ plain: 4, negative: 2 }, reversed)).toMatchObject({ mean: 4, score: 75 });
  });

  it("leaves n.a. answers and unanswered items out of the mean", () => {
    expect(alpha({ "alpha-1": 5, "alpha-2": "na", "alpha-3": 3 })).toMatchObject({
      mean: 4,
      score: 75,
      answered: 2,
      notApplicable: 1,
      total: 4,
    });
  });

  it("weights items", () => {
    const weighted = buildQuestionnaire({
      domains: [buildDomain({ id: "alpha" })],
      items: [buildItem({ id: "heavy", domain: "alpha", weight: 3 }), buildItem({ id: "light", domain: "alpha" })],
    });
    // (3 × 5 + 1 × 1) / 4 = 4, where the unweighted mean would be 3.
    expect(alpha({ heavy: 5, light: 1 }, weighted)).toMatchObject({ mean: 4, score: 75, level: "established" });
  });

  it("rounds the score to two decimals but keeps the unrounded mean", () => {
    const three = buildQuestionnaire({ domains: [buildDomain({ id: "alpha" })], items: buildItems("alpha", 3) });
    const result = alpha({ "alpha-1": 1, "alpha-2": 1, "alpha-3": 2 }, three);
    expect(result?.mean).toBeCloseTo(4 / 3, 12);
    expect(result?.score).toBe(8.33);
  });
});

describe("domain sufficiency", () => {
  it("is insufficient below the minimum answered share", () => {
    expect(alpha({ "alpha-1": 5, "alpha-2": "na" })).toEqual({
      domainId: "alpha",
      status: "insufficient",
      mean: null,
      score: null,
      level: null,
      answered: 1,
      notApplicable: 1,
      dontKnow: 0,
      total: 4,
    });
  });

  it("is scored exactly at the minimum answered share", () => {
    expect(alpha({ "alpha-1": 5, "alpha-2": 3 })).toMatchObject({ status: "scored", score: 75 });
  });

  it("compares the share exactly (7 of 25 against 0.28, where 0.28 × 25 is 7.000000000000001)", () => {
    const many = buildQuestionnaire({
      minAnsweredShare: 0.28,
      domains: [buildDomain({ id: "alpha" })],
      items: buildItems("alpha", 25),
    });
    const seven = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`alpha-${i + 1}`, 3]));
    expect(alpha(seven, many)?.status).toBe("scored");
    expect(alpha({ ...seven, "alpha-7": "na" }, many)?.status).toBe("insufficient");
  });

  it("is insufficient with nothing answered, even when the share is tiny", () => {
    const lenient = buildQuestionnaire({
      minAnsweredShare: 0.01,
      domains: [buildDomain({ id: "alpha" })],
      items: buildItems("alpha", 4),
    });
    expect(alpha({}, lenient)).toMatchObject({ status: "insufficient", answered: 0, notApplicable: 0, total: 4 });
  });

  it("is insufficient when every answer is n.a.", () => {
    const all = { "alpha-1": "na", "alpha-2": "na", "alpha-3": "na", "alpha-4": "na" } as const;
    expect(alpha(all)).toMatchObject({ status: "insufficient", score: null, answered: 0, notApplicable: 4 });
  });

  it("requires every item when the share is 1", () => {
    const strict = buildQuestionnaire({
      minAnsweredShare: 1,
      domains: [buildDomain({ id: "alpha" })],
      items: buildItems("alpha", 2),
    });
    expect(alpha({ "alpha-1": 4, "alpha-2": "na" }, strict)?.status).toBe("insufficient");
    expect(alpha({ "alpha-1": 4, "alpha-2": 2 }, strict)?.status).toBe("scored");
  });
});
