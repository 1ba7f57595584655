import { describe, expect, it } from "vitest";
import {
  countItems,
  type ItemDistribution,
  ordinalDispersion,
  publishItem,
  sortItemsByDivergence,
} from "@/lib/aggregation/item-distribution";
import { buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire();

describe("countItems and publishItem", () => {
  it("counts each scale point, don't know, not applicable and unanswered apart, per item in questionnaire order", () => {
    const items = countItems({
      questionnaire: q,
      answers: [
        { "alpha-1": 4, "alpha-2": "dk" },
        { "alpha-1": 4, "alpha-2": "na" },
        { "alpha-1": 1, "alpha-2": "dk", "beta-1": 5 },
      ],
    });
    expect(items.map((item) => item.itemId)).toEqual(["alpha-1", "alpha-2", "beta-1", "beta-2"]);
    expect(items[0] && publishItem(items[0], true)).toEqual({
      itemId: "alpha-1",
      domainId: "alpha",
      shown: true,
      respondents: 3,
      scaleAnswers: 3,
      counts: [
        { value: 1, count: 1 },
        { value: 2, count: 0 },
        { value: 3, count: 0 },
        { value: 4, count: 2 },
        { value: 5, count: 0 },
      ],
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 0,
      // F = 1/3, 1/3, 1/3, 1 → Σ min(F, 1 − F) = 1 → 2 / 4 · 1 = 0.5.
      divergence: 50,
    });
    expect(items[1] && publishItem(items[1], true)).toMatchObject({
      dontKnow: 2,
      notApplicable: 1,
      unanswered: 0,
      divergence: null,
    });
    expect(items[2] && publishItem(items[2], true)).toMatchObject({ unanswered: 2, divergence: null });
    expect(items[3]).toMatchObject({ unanswered: 3, respondents: 3 });
  });

  it("counts answers as given, before reverse scoring", () => {
    const reversed = buildQuestionnaire({
      items: [...buildItems("alpha", 1, { reverse: true }), ...buildItems("beta", 1)],
    });
    const [item] = countItems({ questionnaire: reversed, answers: [{ "alpha-1": 5 }] });
    expect(item?.counts.find((c) => c.value === 5)?.count).toBe(1);
  });

  it("gives zero counts for no respondents", () => {
    const [item] = countItems({ questionnaire: q, answers: [] });
    expect(item).toMatchObject({ respondents: 0, unanswered: 0 });
  });

  it("publishes a hidden item with its ids only: no count at all, not even don't know", () => {
    const [item] = countItems({ questionnaire: q, answers: [{ "alpha-1": 5 }, { "alpha-1": "dk" }] });
    if (!item) throw new Error("no item");
    expect(publishItem(item, false)).toEqual({
      itemId: "alpha-1",
      domainId: "alpha",
      shown: false,
      respondents: null,
      scaleAnswers: null,
      counts: [],
      dontKnow: null,
      notApplicable: null,
      unanswered: null,
      divergence: null,
    });
  });
});

describe("ordinalDispersion (Leik, 0–100)", () => {
  it.each([
    [[4, 0, 0, 0, 0], 0],
    [[0, 0, 7, 0, 0], 0],
    [[3, 0, 0, 0, 3], 100],
    [[1, 1, 1, 1, 1], 60],
    [[0, 2, 0, 2, 0], 50],
    [[0, 0, 1, 1, 0], 25],
  ])("%j → %s", (counts, expected) => {
    expect(ordinalDispersion(counts)).toBe(expected);
  });

  it("is null with fewer than two answers", () => {
    expect(ordinalDispersion([0, 0, 1, 0, 0])).toBeNull();
    expect(ordinalDispersion([0, 0, 0, 0, 0])).toBeNull();
  });
});

describe("sortItemsByDivergence", () => {
  it("puts the most divided first, items without a divergence last, ties in the given order", () => {
    const item = (itemId: string, divergence: number | null) => ({ itemId, divergence }) as ItemDistribution;
    const sorted = sortItemsByDivergence([item("a", 10), item("b", null), item("c", 80), item("d", 10), item("e", 0)]);
    expect(sorted.map((i) => i.itemId)).toEqual(["c", "a", "d", "e", "b"]);
  });
});
