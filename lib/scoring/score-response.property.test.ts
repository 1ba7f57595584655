import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Aggregation, Questionnaire } from "@/lib/questionnaire/schema";
import { levelForScore } from "@/lib/scoring/level-for-score";
import { scoreResponse } from "@/lib/scoring/score-response";
import type { AnswerInput, AnswerValue } from "@/lib/scoring/types";
import { buildDomain, buildItem, buildQuestionnaire, buildScale } from "@/tests/factories/questionnaire";

const weightArb = fc.oneof(fc.constantFrom(0.1, 0.3, 1, 2), fc.double({ min: 0.01, max: 10, noNaN: true }));

const questionnaireArb = (aggregations: Aggregation[] = ["weighted-domain-mean", "item-mean"]) =>
  fc
    .record({
      aggregation: fc.constantFrom(...aggregations),
      minAnsweredShare: fc.constantFrom(0.01, 0.25, 0.5, 2 / 3, 1),
      domains: fc.array(
        fc.record({
          weight: weightArb,
          items: fc.array(fc.record({ weight: weightArb, reverse: fc.boolean() }), { minLength: 1, maxLength: 5 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ aggregation, minAnsweredShare, domains }) =>
      buildQuestionnaire({
        aggregation,
        minAnsweredShare,
        domains: domains.map((d, i) => buildDomain({ id: `d${i}`, weight: d.weight })),
        items: domains.flatMap((d, i) =>
          d.items.map((item, j) => buildItem({ id: `d${i}-i${j}`, domain: `d${i}`, ...item })),
        ),
      }),
    );

const answerArb = fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, "na"), { nil: undefined });

const scenarioArb = (aggregations?: Aggregation[]) =>
  questionnaireArb(aggregations).chain((q) =>
    fc.array(answerArb, { minLength: q.items.length, maxLength: q.items.length }).map((values) => ({
      q,
      answers: q.items.flatMap((item, i): AnswerInput[] => {
        const value = values[i];
        return value === undefined ? [] : [{ itemId: item.id, value }];
      }),
    })),
  );

function scoredValues(q: Questionnaire, answers: AnswerInput[]): number[] {
  return scoreResponse(q, answers).domains.flatMap((d) => (d.score === null ? [] : [d.score]));
}

describe("scoring properties", () => {
  it("keeps every score within 0–100 with the level matching the score", () => {
    fc.assert(
      fc.property(scenarioArb(), ({ q, answers }) => {
        const result = scoreResponse(q, answers);
        for (const part of [...result.domains, result.overall]) {
          if (part.score === null) continue;
          expect(part.score).toBeGreaterThanOrEqual(0);
          expect(part.score).toBeLessThanOrEqual(100);
          expect(part.level).toBe(levelForScore(q.levels, part.score).id);
        }
      }),
    );
  });

  it("never lowers a domain's score when a plain answer rises, nor raises it when a reverse one does", () => {
    const arb = questionnaireArb().chain((q) =>
      fc.record({
        q: fc.constant(q),
        index: fc.nat(q.items.length - 1),
        low: fc.integer({ min: 1, max: 4 }),
        step: fc.integer({ min: 1, max: 4 }),
        others: fc.array(answerArb, { minLength: q.items.length, maxLength: q.items.length }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ q, index, low, step, others }) => {
        const item = q.items[index];
        if (!item) throw new Error("index out of range");
        const withValue = (value: number) =>
          q.items.flatMap((other, i): AnswerInput[] => {
            const v = i === index ? value : others[i];
            return v === undefined ? [] : [{ itemId: other.id, value: v }];
          });
        const domainOf = (value: number) =>
          scoreResponse(q, withValue(value)).domains.find((d) => d.domainId === item.domain);
        const before = domainOf(low);
        const after = domainOf(Math.min(5, low + step));
        expect(after?.status).toBe(before?.status);
        if (before?.score == null || after?.score == null) return;
        if (item.reverse) expect(after.score).toBeLessThanOrEqual(before.score);
        else expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it("gives a deep-equal result whatever the order of the answers", () => {
    const arb = scenarioArb().chain(({ q, answers }) =>
      fc
        .shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length })
        .map((shuffled) => ({ q, answers, shuffled })),
    );
    fc.assert(
      fc.property(arb, ({ q, answers, shuffled }) => {
        expect(scoreResponse(q, shuffled)).toStrictEqual(scoreResponse(q, answers));
      }),
    );
  });

  it("puts the weighted-domain-mean overall between the lowest and highest scored domain", () => {
    fc.assert(
      fc.property(scenarioArb(["weighted-domain-mean"]), ({ q, answers }) => {
        const overall = scoreResponse(q, answers).overall;
        const scores = scoredValues(q, answers);
        if (scores.length === 0) {
          expect(overall.score).toBeNull();
          return;
        }
        expect(overall.score).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(overall.score).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });
});

describe("v2 scoring rules (properties)", () => {
  const v2Arb = fc
    .record({
      minScoredDomains: fc.integer({ min: 1, max: 4 }),
      kind: fc.constantFrom<"full" | "quick">("full", "quick"),
      sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
    })
    .map(({ minScoredDomains, kind, sizes }) =>
      buildQuestionnaire({
        kind,
        minScoredDomains,
        scale: buildScale({ dontKnow: true }),
        domains: sizes.map((_, i) => buildDomain({ id: `d${i}` })),
        items: sizes.flatMap((size, i) =>
          Array.from({ length: size }, (_, j) => buildItem({ id: `d${i}-i${j}`, domain: `d${i}` })),
        ),
      }),
    )
    .chain((q) =>
      fc
        .array(fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, "na", "dk"), { nil: undefined }), {
          minLength: q.items.length,
          maxLength: q.items.length,
        })
        .map((values) => ({
          q,
          answers: q.items.flatMap((item, i): AnswerInput[] => {
            const value = values[i];
            return value === undefined ? [] : [{ itemId: item.id, value }];
          }),
        })),
    );

  it("scores the overall exactly when enough domains are scored, and names the rest", () => {
    fc.assert(
      fc.property(v2Arb, ({ q, answers }) => {
        const result = scoreResponse(q, answers);
        const scored = result.domains.filter((d) => d.status === "scored");
        expect(result.overall.status === "scored").toBe(scored.length >= (q.minScoredDomains ?? 1));
        expect(result.overall.missingDomains).toEqual(
          result.domains.filter((d) => d.status !== "scored").map((d) => d.domainId),
        );
      }),
    );
  });

  it("counts scale answers, don't know and not applicable apart, adding up to the answers given", () => {
    fc.assert(
      fc.property(v2Arb, ({ q, answers }) => {
        const { overall } = scoreResponse(q, answers);
        expect(overall.answered + overall.dontKnow + overall.notApplicable).toBe(answers.length);
        expect(overall.dontKnow).toBe(answers.filter((a) => a.value === "dk").length);
        expect(overall.notApplicable).toBe(answers.filter((a) => a.value === "na").length);
      }),
    );
  });

  it('scores the same whichever non-answer is given ("dk" or "na"), except for the counts', () => {
    fc.assert(
      fc.property(v2Arb, ({ q, answers }) => {
        const swapped = answers.map((a) =>
          a.value === "dk" ? { ...a, value: "na" as const } : a.value === "na" ? { ...a, value: "dk" as const } : a,
        );
        const strip = (r: ReturnType<typeof scoreResponse>) => r.domains.map((d) => [d.status, d.score, d.level]);
        expect(strip(scoreResponse(q, swapped))).toEqual(strip(scoreResponse(q, answers)));
      }),
    );
  });

  it("marks exactly the quick scans as indicative", () => {
    fc.assert(
      fc.property(v2Arb, ({ q, answers }) => {
        expect(scoreResponse(q, answers).indicative).toBe(q.kind === "quick");
      }),
    );
  });

  it("opens the plan with at most three steps, never more than two from one domain when others are scored", () => {
    fc.assert(
      fc.property(v2Arb, ({ q, answers }) => {
        const { plan, domains } = scoreResponse(q, answers);
        expect(plan.next.length).toBeLessThanOrEqual(3);
        const scored = domains.filter((d) => d.status === "scored").length;
        if (scored >= 2) {
          for (const step of plan.next) {
            expect(plan.next.filter((s) => s.domainId === step.domainId).length).toBeLessThanOrEqual(2);
          }
        }
        const all = [...plan.next, ...plan.byDomain.flatMap((g) => g.steps)].map((s) => s.recommendation.id);
        expect(new Set(all).size).toBe(all.length);
      }),
    );
  });
});
