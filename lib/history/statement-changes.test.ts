import { describe, expect, it } from "vitest";
import type { ItemDistribution } from "@/lib/aggregation/item-distribution";
import { statementChanges } from "@/lib/history/statement-changes";
import { buildItem, buildItems, buildQuestionnaire, text } from "@/tests/factories/questionnaire";

function dist(itemId: string, values: number[], shown = true): ItemDistribution {
  const counts = [1, 2, 3, 4, 5].map((value) => ({ value, count: values.filter((v) => v === value).length }));
  return {
    itemId,
    domainId: itemId.split("-")[0] as string,
    shown,
    respondents: shown ? values.length : null,
    scaleAnswers: shown ? values.length : null,
    counts: shown ? counts : [],
    dontKnow: shown ? 0 : null,
    notApplicable: shown ? 0 : null,
    unanswered: shown ? 0 : null,
    divergence: null,
  };
}

const questionnaire = buildQuestionnaire({
  items: [
    buildItem({ id: "alpha-1", domain: "alpha" }),
    buildItem({ id: "alpha-2", domain: "alpha", reverse: true }),
    ...buildItems("beta", 2),
  ],
});

describe("statementChanges", () => {
  it("matches a hand computation: 40 → 85 with a rough margin of ± 16", () => {
    // Before: 2,2,3,3,3 → 25,25,50,50,50 on 0–100: mean 40, s² = 750/4 = 187.5.
    // After: 4,4,4,5,5 → 75,75,75,100,100: mean 85, s² = 187.5.
    // se² = 187.5/5 = 37.5 each; Welch df = 75² / (2 · 37.5² / 4) = 8; t(0.95, 8) = 1.8595;
    // margin = 1.8595 · √75 = 16.10 → 16. The change +45 is beyond it.
    const [change] = statementChanges({
      from: { questionnaire, items: [dist("alpha-1", [2, 2, 3, 3, 3])] },
      to: { questionnaire, items: [dist("alpha-1", [4, 4, 4, 5, 5])] },
    });
    expect(change).toMatchObject({ itemId: "alpha-1", fromScore: 40, toScore: 85, points: 45, margin: 16 });
    expect(change?.beyondMargin).toBe(true);
  });

  it("reverse-scores a negatively worded statement, so up is better", () => {
    const [change] = statementChanges({
      from: { questionnaire, items: [dist("alpha-2", [4, 4, 4, 5, 5])] },
      to: { questionnaire, items: [dist("alpha-2", [2, 2, 3, 3, 3])] },
    });
    expect(change).toMatchObject({ fromScore: 15, toScore: 60, points: 45 });
  });

  it("calls a small change within the rough margin, and sorts by the largest change", () => {
    const changes = statementChanges({
      from: { questionnaire, items: [dist("alpha-1", [2, 3, 3, 4, 4]), dist("beta-1", [1, 2, 2, 3, 3])] },
      to: { questionnaire, items: [dist("alpha-1", [3, 3, 3, 4, 4]), dist("beta-1", [4, 4, 5, 5, 5])] },
    });
    expect(changes.map((c) => c.itemId)).toEqual(["beta-1", "alpha-1"]);
    expect(changes[1]).toMatchObject({ points: 5, beyondMargin: false });
  });

  it("leaves out a statement hidden in either round or absent from either questionnaire version", () => {
    const reworded = buildQuestionnaire({
      version: 2,
      items: [
        buildItem({ id: "alpha-1", domain: "alpha", statement: text("Other words") }),
        ...buildItems("beta", 2),
        buildItem({ id: "alpha-3", domain: "alpha" }),
      ],
    });
    const changes = statementChanges({
      from: { questionnaire, items: [dist("alpha-1", [2, 3]), dist("beta-1", [2, 3]), dist("beta-2", [2, 3])] },
      to: {
        questionnaire: reworded,
        items: [
          dist("alpha-1", [4, 5]),
          dist("beta-1", [4, 5], false),
          dist("beta-2", [4, 5]),
          dist("alpha-3", [4, 5]),
        ],
      },
    });
    expect(changes.map((c) => c.itemId)).toEqual(["beta-2"]);
  });
});
