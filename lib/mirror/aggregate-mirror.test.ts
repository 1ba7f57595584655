import { describe, expect, it } from "vitest";
import { aggregateMirror, mirrorLabel } from "@/lib/mirror/aggregate-mirror";
import type { MirrorAnswerValue, MirrorCustomer, MirrorInside } from "@/lib/mirror/types";
import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";

const questionnaire = getLatestMirrorQuestionnaire();
const itemsOf = (domainId: string) => questionnaire.items.filter((i) => i.domain === domainId).map((i) => i.id);
const DOMAINS = questionnaire.domains.map((d) => d.id);

/** Every statement answered with `value`. */
function all(value: MirrorAnswerValue): Record<string, MirrorAnswerValue> {
  return Object.fromEntries(questionnaire.items.map((i) => [i.id, value]));
}
function customer(value: MirrorAnswerValue, extra: Partial<MirrorCustomer> = {}): MirrorCustomer {
  return { answers: all(value), ...extra };
}
const times = (n: number, make: (i: number) => MirrorCustomer) => Array.from({ length: n }, (_, i) => make(i));
const inside = (score: number): MirrorInside => ({
  domains: DOMAINS.map((domainId) => ({ domainId, score, respondents: 7 })),
});

describe("a domain's outside score", () => {
  // The attack a review found on the earlier rule (the mean of each customer's own domain mean): leadership has
  // two statements; five customers answer both, one answers the first and "don't know" on the second. Weighted
  // per customer, 2·n·D − S1 − S2 solved that one customer's first answer from published numbers.
  const [first = "", second = ""] = itemsOf("leadership");
  const crowd = (partial: number, rest: readonly number[]): MirrorCustomer[] => [
    ...rest.map((value, i) => ({ answers: { [first]: value, [second]: ((i + 2) % 5) + 1 } })),
    { answers: { [first]: partial, [second]: "dk" } },
  ];
  const leadership = (customers: MirrorCustomer[]) =>
    aggregateMirror({ questionnaire, customers, minGroupSize: 5 }).domains.find((d) => d.domainId === "leadership");

  it("rests on the statements' figures only, so a partial answer cannot be solved from it", () => {
    // The same answers to each statement, given by different customers: the partial customer's first answer is
    // 1 in one mirror and 5 in the other. Every published figure is the same, so nothing tells them apart.
    const one = leadership(crowd(1, [5, 3, 2, 4, 1]));
    const other = leadership(crowd(5, [1, 3, 2, 4, 1]));
    expect(one?.score).not.toBeNull();
    expect(other?.score).toBe(one?.score);
  });

  it("is the mean of the statements' means, over statements with enough scale answers", () => {
    // First: 6 answers, mean (4 + 2 + 1 + 3 + 0 + 0) × 25 / 6; second: 5 answers.
    const result = leadership(crowd(1, [5, 3, 2, 4, 1]));
    const firstMean = ((5 + 3 + 2 + 4 + 1 + 1 - 6) * 25) / 6;
    const secondMean = ([3, 4, 5, 1, 2].reduce((a, b) => a + b, 0) - 5) * (25 / 5);
    expect(result?.score).toBe(Math.round(((firstMean + secondMean) / 2) * 10) / 10);
  });
});

describe("aggregateMirror", () => {
  it("takes the outside score from the statements with enough answers, each customer once per statement", () => {
    const culture = itemsOf("culture");
    // Four customers answer all three culture statements with 5 (100), two answer two of them with 1 (0). The
    // third statement has 4 answers, too few to count: the mean of the first two statements' means is 66.7.
    const customers = [
      ...times(4, () => ({ answers: Object.fromEntries(culture.map((id) => [id, 5])) })),
      ...times(2, () => ({ answers: Object.fromEntries(culture.slice(0, 2).map((id) => [id, 1])) })),
    ];
    const result = aggregateMirror({ questionnaire, customers, minGroupSize: 5 });
    expect(result.domains.find((d) => d.domainId === "culture")).toMatchObject({
      respondents: 6,
      shown: true,
      score: 66.7,
      inside: null,
      gap: null,
      label: null,
      limitedVisibility: false,
    });
    // Nobody answered leadership: no score, flagged as hard to see from outside.
    expect(result.domains.find((d) => d.domainId === "leadership")).toMatchObject({
      respondents: 0,
      shown: false,
      score: null,
      limitedVisibility: true,
    });
  });

  it("labels inside − outside: blind spot from +15, hidden strength from −15, aligned between", () => {
    const customers = times(6, () => customer(3)); // outside 50 everywhere
    const labels = (insideScore: number) =>
      aggregateMirror({ questionnaire, customers, inside: inside(insideScore), minGroupSize: 5 }).domains.map((d) => [
        d.gap,
        d.label,
      ]);
    expect(labels(65)[0]).toEqual([15, "blind-spot"]);
    expect(labels(64.9)[0]).toEqual([14.9, "aligned"]);
    expect(labels(35)[0]).toEqual([-15, "hidden-strength"]);
    expect(labels(35.1)[0]).toEqual([-14.9, "aligned"]);
    const withInside = aggregateMirror({ questionnaire, customers, inside: inside(80.04), minGroupSize: 5 });
    expect(withInside.domains[0]).toMatchObject({ inside: 80, insideRespondents: 7, score: 50, gap: 30 });
  });

  it("gives no gap where either side is missing", () => {
    const partial: MirrorInside = { domains: [{ domainId: "culture", score: null, respondents: 0 }] };
    const result = aggregateMirror({
      questionnaire,
      customers: times(6, () => customer(4)),
      inside: partial,
      minGroupSize: 5,
    });
    expect(result.domains.every((d) => d.gap === null && d.label === null && d.inside === null)).toBe(true);
    const few = aggregateMirror({
      questionnaire,
      customers: times(4, () => customer(4)),
      inside: inside(90),
      minGroupSize: 5,
    });
    expect(few.domains[0]).toMatchObject({ inside: 90, score: null, gap: null, label: null });
  });

  it("publishes nothing below the minimum, but says how many answered", () => {
    const result = aggregateMirror({
      questionnaire,
      customers: times(4, (i) => customer(5, { nps: 10, mark: 9, segment: i % 2 ? "a" : "b" })),
      minGroupSize: 3,
    });
    expect(result).toMatchObject({ respondents: 4, minGroupSize: 5, minDistribution: 5, shown: false });
    expect(result.domains.every((d) => !d.shown && d.score === null)).toBe(true);
    expect(result.statements.every((s) => !s.shown && s.score === null && s.distribution === null)).toBe(true);
    expect(result.nps).toEqual({
      respondents: 4,
      promoters: null,
      passives: null,
      detractors: null,
      score: null,
      margin90: null,
    });
    expect(result.mark).toEqual({ respondents: 4, mean: null, distribution: null });
    expect(result.groups.map((g) => [g.key, g.shown, g.respondents, g.domains, g.nps])).toEqual([
      ["a", false, null, null, null],
      ["b", false, null, null, null],
    ]);
  });

  it("shows a statement's distribution, with don't know and not applicable, from the distribution minimum", () => {
    const id = questionnaire.items[0]?.id ?? "";
    const values: MirrorAnswerValue[] = [1, 2, 4, 4, 5, "dk", "na", "na"];
    const customers = values.map((value) => ({ answers: { [id]: value } }));
    const [first] = aggregateMirror({ questionnaire, customers, minGroupSize: 5 }).statements;
    expect(first).toMatchObject({
      itemId: id,
      respondents: 5,
      shown: true,
      // (0 + 25 + 75 + 75 + 100) / 5
      score: 55,
      distribution: { points: [1, 1, 0, 2, 1], dk: 1, na: 2 },
    });
    expect(first?.mirrors.length).toBeGreaterThan(0);
    const higher = aggregateMirror({ questionnaire, customers, minGroupSize: 6 }).statements[0];
    expect(higher).toMatchObject({ respondents: 5, shown: false, score: null, distribution: null });
  });

  it("clamps the minimum to at least 5", () => {
    expect(aggregateMirror({ questionnaire, customers: [], minGroupSize: 2 }).minGroupSize).toBe(5);
    expect(aggregateMirror({ questionnaire, customers: [], minGroupSize: Number.NaN }).minGroupSize).toBe(5);
    expect(aggregateMirror({ questionnaire, customers: [], minGroupSize: 7.9 }).minGroupSize).toBe(7);
  });

  it("computes NPS and the report mark over everyone who answered them", () => {
    const npsValues = [10, 9, 9, 10, 9, 8, 7, 0, 6, 3];
    const customers = npsValues.map((nps, i) => customer(3, { nps, mark: i < 6 ? 8 : null }));
    const result = aggregateMirror({ questionnaire, customers, minGroupSize: 5 });
    expect(result.nps).toEqual({
      respondents: 10,
      promoters: 5,
      passives: 2,
      detractors: 3,
      score: 20,
      margin90: 45.3,
    });
    expect(result.mark).toEqual({ respondents: 6, mean: 8, distribution: [0, 0, 0, 0, 0, 0, 0, 6, 0, 0] });
  });

  it("hides a segment below the minimum, and the smallest shown one so it cannot be found by subtraction", () => {
    const customers = [
      ...times(6, () => customer(5, { segment: "business", nps: 10 })),
      ...times(7, () => customer(2, { segment: "private", nps: 3 })),
      ...times(2, () => customer(1, { segment: "public", nps: 0 })),
    ];
    const result = aggregateMirror({ questionnaire, customers, minGroupSize: 5 });
    // public (2) is hidden; total − private − business would give it away, so business (the smallest) goes too.
    expect(result.groups.map((g) => [g.key, g.shown, g.respondents])).toEqual([
      ["business", false, null],
      ["private", true, 7],
      ["public", false, null],
    ]);
    expect(result.groups[0]).toMatchObject({ domains: null, nps: null, mark: null });
    expect(result.groups[1]?.nps).toMatchObject({ respondents: 7, detractors: 7, score: -100 });
    expect(result.groups[1]?.domains?.[0]).toMatchObject({ shown: true, score: 25 });
  });

  it("counts customers without a segment in the total only, and in the left-over part", () => {
    const customers = [
      ...times(6, () => customer(5, { segment: "business" })),
      ...times(6, () => customer(4, { segment: " private " })),
      ...times(2, () => customer(1, { segment: "  " })),
      customer(1),
    ];
    const result = aggregateMirror({ questionnaire, customers, minGroupSize: 5 });
    expect(result.respondents).toBe(15);
    // Three without a segment: showing both segments would reveal their answers; business (first key) hides.
    expect(result.groups.map((g) => [g.key, g.shown])).toEqual([
      ["business", false],
      ["private", true],
    ]);
  });

  it("hides a figure within a shown segment when too few answered it, or when subtraction would reveal it", () => {
    const hr = itemsOf("hr");
    const withoutHr = (value: number) => ({
      ...all(value),
      ...Object.fromEntries(hr.map((id) => [id, "dk" as const])),
    });
    const customers = [
      // business: 6 customers, only 3 with an hr score and 3 with an NPS answer.
      ...times(6, (i) => ({ segment: "business", answers: i < 3 ? all(5) : withoutHr(5), nps: i < 3 ? 9 : null })),
      ...times(6, () => customer(3, { segment: "private", nps: 5 })),
    ];
    const result = aggregateMirror({ questionnaire, customers, minGroupSize: 5 });
    const [business, priv] = result.groups;
    expect(business?.shown && priv?.shown).toBe(true);
    const hrOf = (g: typeof business) => g?.domains?.find((d) => d.domainId === "hr");
    expect(hrOf(business)).toMatchObject({ respondents: 3, shown: false, score: null });
    // The total's hr (9) minus private's (6) would reveal business' three: private's hr is hidden too.
    expect(hrOf(priv)).toMatchObject({ respondents: 6, shown: false, score: null });
    expect(result.domains.find((d) => d.domainId === "hr")).toMatchObject({ respondents: 9, shown: true });
    // Likewise the NPS: business has 3 answers (hidden), so private's NPS is hidden as well.
    expect(business?.nps?.score).toBeNull();
    expect(priv?.nps).toMatchObject({ respondents: 6, score: null, promoters: null });
    expect(result.nps).toMatchObject({ respondents: 9, promoters: 3, detractors: 6 });
    // Culture: everyone has a score, both segments show it.
    expect(priv?.domains?.find((d) => d.domainId === "culture")).toMatchObject({ shown: true, score: 50 });
  });

  it("labels by the published (rounded) gap", () => {
    expect(mirrorLabel(15)).toBe("blind-spot");
    expect(mirrorLabel(14.9)).toBe("aligned");
    expect(mirrorLabel(-15)).toBe("hidden-strength");
  });
});
