import { describe, expect, it } from "vitest";
import { InvalidAnswersError } from "@/lib/scoring/invalid-answers-error";
import { scoreResponse } from "@/lib/scoring/score-response";
import type { AnswerInput } from "@/lib/scoring/types";
import { validateAnswers } from "@/lib/scoring/validate-answers";
import { buildQuestionnaire, buildScale } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire();
const noNa = buildQuestionnaire({ scale: buildScale({ notApplicable: false }) });

describe("validateAnswers", () => {
  it("accepts valid, partial and empty answer sets", () => {
    expect(validateAnswers(q, [])).toEqual([]);
    expect(validateAnswers(q, [{ itemId: "alpha-1", value: 1 }])).toEqual([]);
    expect(
      validateAnswers(q, [
        { itemId: "alpha-1", value: 5 },
        { itemId: "alpha-2", value: "na" },
        { itemId: "beta-1", value: 3 },
      ]),
    ).toEqual([]);
  });

  it("reports an unknown item by name", () => {
    const issues = validateAnswers(q, [{ itemId: "gamma-1", value: 3 }]);
    expect(issues).toEqual([
      { itemId: "gamma-1", code: "unknown-item", message: expect.stringContaining('"gamma-1"') },
    ]);
  });

  it.each([0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])("reports %d as not on the scale", (value) => {
    const [issue, ...rest] = validateAnswers(q, [{ itemId: "alpha-1", value }]);
    expect(rest).toEqual([]);
    expect(issue?.code).toBe("not-on-scale");
    expect(issue?.itemId).toBe("alpha-1");
    expect(issue?.message).toContain('"alpha-1"');
    expect(issue?.message).toContain('1, 2, 3, 4, 5 or "na"');
  });

  it("reports a non-number value from untyped input as not on the scale", () => {
    const answers = [{ itemId: "alpha-1", value: "4" }] as unknown as AnswerInput[];
    expect(validateAnswers(q, answers).map((i) => i.code)).toEqual(["not-on-scale"]);
  });

  it("reports 'na' when the scale has no not-applicable option, naming the allowed values", () => {
    const issues = validateAnswers(noNa, [{ itemId: "alpha-1", value: "na" }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("not-applicable-not-allowed");
    expect(issues[0]?.message).toContain('"alpha-1"');
    expect(issues[0]?.message).toContain("1, 2, 3, 4, 5");
    expect(validateAnswers(noNa, [{ itemId: "alpha-1", value: 7 }])[0]?.message).not.toContain('"na"');
  });

  it("reports every repeat of an item as a duplicate, even when the values agree", () => {
    const issues = validateAnswers(q, [
      { itemId: "alpha-1", value: 2 },
      { itemId: "alpha-1", value: 2 },
      { itemId: "alpha-1", value: 4 },
    ]);
    expect(issues.map((i) => [i.itemId, i.code])).toEqual([
      ["alpha-1", "duplicate"],
      ["alpha-1", "duplicate"],
    ]);
  });

  it("reports all problems, in answer order", () => {
    const issues = validateAnswers(noNa, [
      { itemId: "beta-2", value: 9 },
      { itemId: "nope", value: 3 },
      { itemId: "alpha-1", value: "na" },
      { itemId: "beta-2", value: 1 },
    ]);
    expect(issues.map((i) => i.code)).toEqual([
      "not-on-scale",
      "unknown-item",
      "not-applicable-not-allowed",
      "duplicate",
    ]);
  });
});

describe("scoreResponse with invalid answers", () => {
  it("throws InvalidAnswersError carrying the issues instead of ignoring them", () => {
    const answers: AnswerInput[] = [
      { itemId: "alpha-1", value: 4 },
      { itemId: "ghost", value: 4 },
    ];
    let thrown: unknown;
    try {
      scoreResponse(q, answers);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidAnswersError);
    expect((thrown as InvalidAnswersError).issues).toEqual(validateAnswers(q, answers));
    expect((thrown as InvalidAnswersError).message).toContain('Item "ghost"');
  });
});
