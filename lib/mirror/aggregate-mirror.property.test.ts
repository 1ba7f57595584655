import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateMirror, mirrorLabel } from "@/lib/mirror/aggregate-mirror";
import { npsFigures } from "@/lib/mirror/appreciation";
import { roundOne } from "@/lib/mirror/scale";
import type { MirrorAggregate, MirrorAnswerValue, MirrorCustomer, MirrorInside } from "@/lib/mirror/types";
import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";

const questionnaire = getLatestMirrorQuestionnaire();
const DOMAINS = questionnaire.domains.map((d) => d.id);

const fullAnswerArb = fc.constantFrom<MirrorAnswerValue | undefined>(1, 2, 3, 4, 5, "dk", "na", undefined);
// Sparse customers mostly skip, so segments differ in who has a score per domain (per-figure suppression).
const sparseAnswerArb = fc.constantFrom<MirrorAnswerValue | undefined>(1, 5, "dk", "na", undefined, undefined);
const answersArb = (answerArb: fc.Arbitrary<MirrorAnswerValue | undefined>) =>
  fc
    .tuple(...questionnaire.items.map(() => answerArb))
    .map((values) =>
      Object.fromEntries(
        questionnaire.items.flatMap((item, i) => (values[i] === undefined ? [] : [[item.id, values[i]]])),
      ),
    );
const customerArb: fc.Arbitrary<MirrorCustomer> = fc.record({
  segment: fc.oneof(
    { arbitrary: fc.constant("business"), weight: 6 },
    { arbitrary: fc.constant("private"), weight: 6 },
    { arbitrary: fc.constantFrom("public", " public "), weight: 2 },
    { arbitrary: fc.constantFrom("", null, undefined), weight: 1 },
  ),
  answers: fc.oneof(answersArb(fullAnswerArb), answersArb(sparseAnswerArb)),
  nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 3 }),
  mark: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null, freq: 3 }),
});
const insideArb: fc.Arbitrary<MirrorInside> = fc
  .tuple(...DOMAINS.map(() => fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null, freq: 5 })))
  .map((scores) => ({
    domains: DOMAINS.map((domainId, i) => ({ domainId, score: scores[i] ?? null, respondents: 4 })),
  }));
const mirrorArb = fc.record({
  customers: fc.array(customerArb, { maxLength: 30 }),
  inside: fc.option(insideArb, { nil: null }),
  minGroupSize: fc.integer({ min: 0, max: 8 }),
});

describe("aggregateMirror properties", () => {
  it("does not depend on the order of the customers", () => {
    fc.assert(
      fc.property(
        mirrorArb,
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        ({ customers, inside, minGroupSize }, keys) => {
          const shuffled = customers
            .map((customer, i) => ({ customer, key: keys[i] ?? 0, i }))
            .sort((a, b) => a.key - b.key || a.i - b.i)
            .map(({ customer }) => customer);
          expect(aggregateMirror({ questionnaire, customers: shuffled, inside, minGroupSize })).toEqual(
            aggregateMirror({ questionnaire, customers, inside, minGroupSize }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("NPS lies in −100…100 and equals % promoters − % detractors, its margin the formula", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 }), (values) => {
        const customers = values.map((nps) => ({ answers: {}, nps }));
        const { nps } = aggregateMirror({ questionnaire, customers, minGroupSize: 5 });
        expect(nps?.respondents).toBe(values.length);
        if (values.length < 5) {
          expect(nps?.score).toBeNull();
          return;
        }
        const promoters = values.filter((v) => v >= 9).length;
        const detractors = values.filter((v) => v <= 6).length;
        const n = values.length;
        expect(nps?.promoters).toBe(promoters);
        expect(nps?.detractors).toBe(detractors);
        expect(nps?.passives).toBe(n - promoters - detractors);
        expect(nps?.score).toBeGreaterThanOrEqual(-100);
        expect(nps?.score).toBeLessThanOrEqual(100);
        expect(nps?.score).toBeCloseTo(((promoters - detractors) / n) * 100, 1);
        const p = promoters / n;
        const d = detractors / n;
        expect(nps?.margin90).toBeCloseTo(1.645 * Math.sqrt((p + d - (p - d) ** 2) / n) * 100, 1);
        expect(nps?.margin90).toBe(roundOne(npsFigures(promoters, detractors, n).margin90));
        expect(nps?.margin90).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it("swapping inside and outside turns a blind spot into a hidden strength and back", () => {
    const point = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(point, point, fc.integer({ min: 5, max: 12 }), (insideValue, outsideValue, n) => {
        const run = (insideAt: number, outsideAt: number) => {
          const customers = Array.from({ length: n }, () => ({
            answers: Object.fromEntries(questionnaire.items.map((item) => [item.id, outsideAt])),
          }));
          const score = ((insideAt - 1) / 4) * 100;
          const inside = { domains: DOMAINS.map((domainId) => ({ domainId, score, respondents: 1 })) };
          return aggregateMirror({ questionnaire, customers, inside, minGroupSize: 5 }).domains;
        };
        const flip = { "blind-spot": "hidden-strength", "hidden-strength": "blind-spot", aligned: "aligned" } as const;
        const there = run(insideValue, outsideValue);
        const back = run(outsideValue, insideValue);
        there.forEach((domain, i) => {
          expect(domain.label).not.toBeNull();
          expect(back[i]?.label).toBe(domain.label ? flip[domain.label] : null);
          expect(back[i]?.gap).toBe(-(domain.gap ?? 0) || 0);
        });
      }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const flip = {
            "blind-spot": "hidden-strength",
            "hidden-strength": "blind-spot",
            aligned: "aligned",
          } as const;
          expect(mirrorLabel(roundOne(b - a))).toBe(flip[mirrorLabel(roundOne(a - b))]);
        },
      ),
    );
  });

  it("publishes nothing below the minimum, nor anything a subtraction between published numbers would reveal", () => {
    fc.assert(
      fc.property(mirrorArb, ({ customers, inside, minGroupSize }) => {
        const result = aggregateMirror({ questionnaire, customers, inside, minGroupSize });
        const min = result.minGroupSize;
        expect(min).toBeGreaterThanOrEqual(5);
        if (!result.shown) expect(customers.length).toBeLessThan(min);
        checkPublished(result, min);
        // Per figure: the total's count minus the shown segments' counts is 0 or at least the minimum.
        const residualOk = (total: number, shownParts: number[]) => {
          const rest = total - shownParts.reduce((sum, c) => sum + c, 0);
          expect(rest === 0 || rest >= min).toBe(true);
        };
        const shownGroups = result.groups.filter((g) => g.shown);
        if (result.shown)
          residualOk(
            result.respondents,
            shownGroups.map((g) => g.respondents ?? 0),
          );
        result.domains.forEach((domain, i) => {
          if (!domain.shown) return;
          residualOk(
            domain.respondents,
            shownGroups.flatMap((g) => (g.domains?.[i]?.shown ? [g.domains[i]?.respondents ?? 0] : [])),
          );
        });
        if (result.nps?.score !== null && result.nps)
          residualOk(
            result.nps.respondents,
            shownGroups.flatMap((g) => (g.nps?.score !== null && g.nps ? [g.nps.respondents] : [])),
          );
        if (result.mark?.mean !== null && result.mark)
          residualOk(
            result.mark.respondents,
            shownGroups.flatMap((g) => (g.mark?.mean !== null && g.mark ? [g.mark.respondents] : [])),
          );
      }),
      { numRuns: 500 },
    );
  });
});

function checkPublished(result: MirrorAggregate, min: number) {
  const parts = [
    { domains: result.domains, nps: result.nps, mark: result.mark, respondents: result.respondents },
    ...result.groups.map((g) => {
      if (!g.shown) {
        expect(g).toMatchObject({ respondents: null, domains: null, nps: null, mark: null });
      }
      return { domains: g.domains ?? [], nps: g.nps, mark: g.mark, respondents: g.respondents ?? 0 };
    }),
  ];
  for (const part of parts) {
    for (const d of part.domains) {
      if (d.score !== null || d.gap !== null || d.label !== null) {
        expect(d.shown).toBe(true);
        expect(d.respondents).toBeGreaterThanOrEqual(min);
      }
    }
    if (part.nps && (part.nps.score !== null || part.nps.promoters !== null || part.nps.margin90 !== null)) {
      expect(part.nps.respondents).toBeGreaterThanOrEqual(min);
    }
    if (part.mark && (part.mark.mean !== null || part.mark.distribution !== null)) {
      expect(part.mark.respondents).toBeGreaterThanOrEqual(min);
    }
  }
  for (const s of result.statements) {
    if (s.score !== null || s.distribution !== null)
      expect(s.respondents).toBeGreaterThanOrEqual(result.minDistribution);
  }
}
