import { describe, expect, it } from "vitest";
import { consensusForIqr, consensusOf } from "@/lib/aggregation/consensus";

const spread = (q1: number, q3: number) => ({ min: 0, q1, median: (q1 + q3) / 2, q3, max: 100 });

describe("consensus label from the interquartile range", () => {
  it.each([
    [0, "agreement"],
    [14.99, "agreement"],
    [15, "mixed"],
    [29.99, "mixed"],
    [30, "divided"],
    [100, "divided"],
  ])("IQR %s → %s", (iqr, label) => {
    expect(consensusForIqr(iqr)).toBe(label);
  });

  it("takes the IQR from the shown (rounded) quartiles, without binary noise", () => {
    // 16.06 − 1.06 = 14.999999999999998 in floating point; shown, the IQR is 15 → mixed.
    expect(16.06 - 1.06).toBeLessThan(15);
    expect(consensusOf({ spread: spread(1.06, 16.06), respondents: 8 }).consensus).toBe("mixed");
  });

  it("flags a caveat below 5 respondents", () => {
    expect(consensusOf({ spread: spread(50, 55), respondents: 4 })).toEqual({
      consensus: "agreement",
      consensusCaveat: true,
    });
    expect(consensusOf({ spread: spread(50, 55), respondents: 5 }).consensusCaveat).toBe(false);
  });

  it("is null without respondents", () => {
    expect(consensusOf({ spread: null, respondents: 0 })).toEqual({ consensus: null, consensusCaveat: false });
  });
});
