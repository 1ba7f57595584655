import { describe, expect, it } from "vitest";
import { ALPHA_MIN_RESPONDENTS, cronbachAlpha, domainAlpha } from "@/lib/aggregation/cronbach-alpha";
import { OWN_SPREAD_FROM } from "@/lib/aggregation/minimums";
import type { RoundAnswerValue } from "@/lib/aggregation/types";
import { buildItem, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

/**
 * Worked by hand (4 respondents × 3 items):
 *
 *   respondent  item1 item2 item3 | total
 *   R1            1     2     2   |   5
 *   R2            2     3     3   |   8
 *   R3            3     3     4   |  10
 *   R4            4     4     5   |  13
 *
 * item variances (n − 1): item1 mean 2.5, squares 2.25 + .25 + .25 + 2.25 = 5 → 5/3 = 1.6667;
 * item2 mean 3, squares 1 + 0 + 0 + 1 = 2 → 0.6667; item3 mean 3.5, squares 5 → 1.6667; sum 4.
 * totals: mean 9, squares 16 + 1 + 1 + 16 = 34 → 34/3 = 11.3333.
 * α = 3/2 · (1 − 4 / 11.3333) = 1.5 · 0.647059 = 0.970588.
 */
const HAND = [
  [1, 2, 2],
  [2, 3, 3],
  [3, 3, 4],
  [4, 4, 5],
];

describe("cronbachAlpha", () => {
  it("matches the matrix worked by hand", () => {
    expect(cronbachAlpha(HAND)).toBeCloseTo(0.970588, 6);
  });

  it("is 0 for statements that do not hang together", () => {
    // Items 1,5,1,5 and 5,1,1,5: variances 16/3 each, sum 32/3; totals 6,6,2,10: variance 32/3.
    // α = 2 · (1 − (32/3)/(32/3)) = 0.
    expect(
      cronbachAlpha([
        [1, 5],
        [5, 1],
        [1, 1],
        [5, 5],
      ]),
    ).toBeCloseTo(0, 10);
  });

  it("is undefined (null) with one item, one respondent or totals that do not vary", () => {
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(
      cronbachAlpha([
        [1, 5],
        [5, 1],
        [3, 3],
      ]),
    ).toBeNull();
  });
});

describe("domainAlpha", () => {
  // Domain alpha: three statements, the third negatively worded (reversed in scoring: 6 − answer).
  const q = buildQuestionnaire({
    scale: {
      points: [1, 2, 3, 4, 5].map((value) => ({ value, label: { nl: `${value}`, en: `${value}` } })),
      notApplicable: { label: { nl: "n.v.t.", en: "n.a." } },
      dontKnow: { label: { nl: "weet niet", en: "don't know" } },
    },
    items: [
      ...buildItems("alpha", 2),
      buildItem({ id: "alpha-3", domain: "alpha", reverse: true }),
      ...buildItems("beta", 2),
    ],
  });
  const asAnswers = ([a, b, c]: number[]): Record<string, RoundAnswerValue> => ({
    "alpha-1": a ?? 0,
    "alpha-2": b ?? 0,
    "alpha-3": 6 - (c ?? 0),
  });
  // The hand matrix eight times over (32 respondents, from 30 α is published): every variance grows by the
  // same factor, so α stays 0.970588.
  const thirtyTwo = Array.from({ length: 8 }, () => HAND)
    .flat()
    .map(asAnswers);

  it("reverses negatively worded statements and rounds to 2 decimals", () => {
    expect(domainAlpha(q, "alpha", thirtyTwo)).toBe(0.97);
  });

  it("leaves out respondents without a scale answer to every statement (listwise)", () => {
    const withGaps = [
      ...thirtyTwo,
      { "alpha-1": 5, "alpha-2": 1, "alpha-3": "dk" as const },
      { "alpha-1": 1, "alpha-2": "na" as const, "alpha-3": 1 },
      { "alpha-1": 5, "alpha-3": 5 },
    ];
    expect(domainAlpha(q, "alpha", withGaps)).toBe(0.97);
  });

  it("is null below 30 complete answer sets, however many responded", () => {
    // 30, as for a margin from the group's own spread: α to 2 decimals beside the statements' bars fixes the
    // sum of squares of the domain scores (docs/anonymity.md, "Intervals and α").
    expect(ALPHA_MIN_RESPONDENTS).toBe(OWN_SPREAD_FROM);
    expect(ALPHA_MIN_RESPONDENTS).toBe(30);
    const twentyNine = thirtyTwo.slice(0, 29);
    const dontKnows = Array.from({ length: 5 }, () => ({ "alpha-1": 3, "alpha-2": 3, "alpha-3": "dk" as const }));
    expect(domainAlpha(q, "alpha", [...twentyNine, ...dontKnows])).toBeNull();
    // 12 complete sets gave α before; no longer.
    expect(domainAlpha(q, "alpha", thirtyTwo.slice(0, 12))).toBeNull();
    expect(domainAlpha(q, "alpha", thirtyTwo.slice(0, 30))).not.toBeNull();
  });
});
