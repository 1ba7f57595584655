import { describe, expect, it } from "vitest";
import { isAnswerValue } from "@/lib/scoring/is-answer-value";
import { normaliseMean } from "@/lib/scoring/normalise-mean";
import { reverseValue } from "@/lib/scoring/reverse-value";
import { round2 } from "@/lib/scoring/round2";
import { buildQuestionnaire, buildScale } from "@/tests/factories/questionnaire";

const scale = buildQuestionnaire().scale;
const zeroToTen = { points: [0, 5, 10].map((value) => ({ value, label: { nl: "x", en: "x" } })) };

describe("reverseValue", () => {
  it("mirrors a value on the scale: min + max − value", () => {
    expect([1, 2, 3, 4, 5].map((v) => reverseValue(scale, v))).toEqual([5, 4, 3, 2, 1]);
    expect(reverseValue(zeroToTen, 0)).toBe(10);
    expect(reverseValue(zeroToTen, 5)).toBe(5);
  });
});

describe("normaliseMean", () => {
  it("maps the scale onto 0–100 without rounding", () => {
    expect(normaliseMean(scale, 1)).toBe(0);
    expect(normaliseMean(scale, 2)).toBe(25);
    expect(normaliseMean(scale, 5)).toBe(100);
    expect(normaliseMean(scale, 4 / 3)).toBeCloseTo(25 / 3, 12);
    expect(normaliseMean(zeroToTen, 2.5)).toBe(25);
  });

  it("keeps a mean of 3.4 on 1–5 at exactly 60", () => {
    expect(normaliseMean(scale, 17 / 5)).toBe(60);
  });
});

describe("round2", () => {
  it("rounds to two decimals", () => {
    expect(round2(33.333333)).toBe(33.33);
    expect(round2(66.666666)).toBe(66.67);
    expect(round2(12.5)).toBe(12.5);
    expect(round2(0)).toBe(0);
  });

  it("lands binary noise on the decimal it stands for", () => {
    expect(round2(19.999999999999996)).toBe(20);
    expect(round2(59.99999999999999)).toBe(60);
    expect(round2(80.00000000000001)).toBe(80);
    // 1.005 * 100 is 100.49999999999999 in binary; naive rounding gives 1.
    expect(round2(1.005)).toBe(1.01);
  });
});

describe("isAnswerValue", () => {
  it("accepts scale points and 'na' when the scale has a not-applicable option", () => {
    for (const value of [1, 2, 3, 4, 5, "na"]) expect(isAnswerValue(scale, value)).toBe(true);
  });

  it("refuses anything else", () => {
    for (const value of [0, 6, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "3", "NA", null, undefined, {}]) {
      expect(isAnswerValue(scale, value)).toBe(false);
    }
  });

  it("refuses 'na' when the scale has no not-applicable option", () => {
    const withoutNa = buildQuestionnaire({ scale: buildScale({ notApplicable: false }) }).scale;
    expect(isAnswerValue(withoutNa, "na")).toBe(false);
    expect(isAnswerValue(withoutNa, 3)).toBe(true);
  });

  it("accepts only listed points on a scale with gaps", () => {
    expect(isAnswerValue(zeroToTen, 5)).toBe(true);
    expect(isAnswerValue(zeroToTen, 3)).toBe(false);
  });
});
