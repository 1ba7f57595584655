import { describe, expect, it } from "vitest";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import { highlightReading, statementDistribution, statementInsight } from "@/lib/scoring/statement-insight";
import { buildDomain, buildItems, buildQuestionnaire, buildScale } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire({
  scale: buildScale({ dontKnow: true }),
  domains: [buildDomain({ id: "alpha" }), buildDomain({ id: "beta" })],
  items: [
    ...buildItems("alpha", 5).map((item, i) => (i === 4 ? { ...item, reverse: true } : item)),
    ...buildItems("beta", 3),
  ],
});

describe("statementInsight", () => {
  it("names the two strongest and two weakest statements with the answer given, reverse-scored", () => {
    const [alpha] = statementInsight(
      q,
      answersFromRecord({ "alpha-1": 2, "alpha-2": 5, "alpha-3": 3, "alpha-4": 4, "alpha-5": 5 }),
    );
    expect(alpha?.strongest.map((s) => [s.itemId, s.answer, s.scored])).toEqual([
      ["alpha-2", 5, 5],
      ["alpha-4", 4, 4],
    ]);
    // alpha-5 is reverse-worded: answer 5 scores 1.
    expect(alpha?.weakest.map((s) => [s.itemId, s.answer, s.scored])).toEqual([
      ["alpha-5", 5, 1],
      ["alpha-1", 2, 2],
    ]);
    expect(alpha).toMatchObject({ allSame: false, answered: 5 });
  });

  it("leaves non-answers out and never lets the two lists overlap", () => {
    const [, beta] = statementInsight(q, answersFromRecord({ "beta-1": 1, "beta-2": "dk", "beta-3": 4 }));
    expect(beta?.strongest.map((s) => s.itemId)).toEqual(["beta-3"]);
    expect(beta?.weakest.map((s) => s.itemId)).toEqual(["beta-1"]);
    expect(beta?.answered).toBe(2);
  });

  it("shows neither list when every answer scored the same", () => {
    const [, beta] = statementInsight(q, answersFromRecord({ "beta-1": 3, "beta-2": 3, "beta-3": 3 }));
    expect(beta).toMatchObject({ strongest: [], weakest: [], allSame: true, answered: 3 });
  });

  it("shows nothing for an unanswered domain", () => {
    expect(statementInsight(q, [])[0]).toMatchObject({ strongest: [], weakest: [], allSame: false, answered: 0 });
  });
});

describe("statementDistribution", () => {
  it("counts per statement how many respondents gave each answer", () => {
    const sets = [
      answersFromRecord({ "beta-1": 4, "beta-2": "dk" }),
      answersFromRecord({ "beta-1": 4, "beta-2": "na" }),
      answersFromRecord({ "beta-1": 2 }),
    ];
    const beta1 = statementDistribution(q, sets).find((d) => d.itemId === "beta-1");
    expect(beta1?.counts).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 1 },
      { value: 3, count: 0 },
      { value: 4, count: 2 },
      { value: 5, count: 0 },
    ]);
    expect(statementDistribution(q, sets).find((d) => d.itemId === "beta-2")).toMatchObject({
      notApplicable: 1,
      dontKnow: 1,
      unanswered: 1,
    });
  });
});

describe("a negatively worded statement among the highlights", () => {
  // v2's "Customers have to tell their story again when they reach another department" is reverse-scored.
  const full = getQuestionnaire("klantkompas-full", 2);
  if (!full) throw new Error("klantkompas-full v2 is missing");
  const reverse = "interfunctional-customers-repeat-story";
  const plain = [
    "interfunctional-departments-cooperate",
    "interfunctional-across-layers",
    "interfunctional-easy-meetings",
  ];
  const insightFor = (reverseAnswer: number) =>
    statementInsight(
      full,
      answersFromRecord({
        [plain[0] as string]: 2,
        [plain[1] as string]: 3,
        [plain[2] as string]: 4,
        [reverse]: reverseAnswer,
      }),
    ).find((d) => d.domainId === "interfunctional");

  it("is a strength when it hardly happens (answer 1 scores 5), read as such", () => {
    const insight = insightFor(1);
    expect(insight?.strongest[0]).toMatchObject({ itemId: reverse, answer: 1, scored: 5 });
    expect(insight?.weakest.map((s) => s.itemId)).not.toContain(reverse);
    const item = full.items.find((i) => i.id === reverse);
    expect(item && highlightReading(item, "strongest")).toBe("reverseStrength");
  });

  it("is a weakness when it happens widely (answer 5 scores 1), read as such", () => {
    const insight = insightFor(5);
    expect(insight?.weakest[0]).toMatchObject({ itemId: reverse, answer: 5, scored: 1 });
    expect(insight?.strongest.map((s) => s.itemId)).not.toContain(reverse);
    const item = full.items.find((i) => i.id === reverse);
    expect(item && highlightReading(item, "weakest")).toBe("reverseWeakness");
  });

  it("reads a plainly worded statement plainly", () => {
    expect(highlightReading({ reverse: false }, "strongest")).toBe("plain");
    expect(highlightReading({ reverse: false }, "weakest")).toBe("plain");
  });
});
