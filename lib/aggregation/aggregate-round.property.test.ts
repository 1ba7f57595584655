import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import type { Breakdown, RoundAggregate, RoundResponse } from "@/lib/aggregation/types";
import { buildDomain, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire({
  domains: ["alpha", "beta", "gamma"].map((id) => buildDomain({ id })),
  items: [...buildItems("alpha", 2), ...buildItems("beta", 2), ...buildItems("gamma", 2)],
});
const domainIds = q.domains.map((d) => d.id);

const scoreArb = fc.option(
  fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
  { nil: null, freq: 4 },
);

const responseArb: fc.Arbitrary<RoundResponse> = fc.record({
  role: fc.constantFrom("board", "manager", "employee", "other"),
  team: fc.constantFrom("Sales", "Support", "Finance", null),
  domainScores: fc
    .tuple(scoreArb, scoreArb, scoreArb)
    .map((scores) => scores.map((score, i) => ({ domainId: domainIds[i] ?? "", score }))),
  answers: fc.record({
    "alpha-1": fc.constantFrom(1, 2, 3, 4, 5, "na" as const, "dk" as const),
    "beta-2": fc.constantFrom(1, 5, "dk" as const),
  }),
});

const roundArb = fc.record({
  responses: fc.array(responseArb, { maxLength: 30 }),
  minGroupSize: fc.integer({ min: 3, max: 6 }),
});

function keyOf(response: RoundResponse, by: Breakdown): string | null {
  return by === "role" ? response.role : (response.team ?? null);
}

function scoresOf(responses: ReadonlyArray<RoundResponse>, domainId: string): number[] {
  return responses.flatMap((r) =>
    r.domainScores.flatMap((d) => (d.domainId === domainId && d.score !== null ? [d.score] : [])),
  );
}

function membersOf(responses: ReadonlyArray<RoundResponse>, by: Breakdown, key: string): RoundResponse[] {
  return responses.filter((r) => keyOf(r, by) === key);
}

const safeResidual = (residual: number, min: number) => residual === 0 || residual >= min;

describe("aggregateRound properties", () => {
  it("every shown mean lies between the lowest and highest score it is the mean of", () => {
    fc.assert(
      fc.property(roundArb, ({ responses, minGroupSize }) => {
        const result = aggregateRound({ questionnaire: q, responses, minGroupSize });
        for (const domain of result.domains) {
          if (!domain.shown || domain.score === null) continue;
          const scores = scoresOf(responses, domain.domainId);
          expect(domain.score).toBeGreaterThanOrEqual(Math.min(...scores));
          expect(domain.score).toBeLessThanOrEqual(Math.max(...scores));
          if (domain.spread) expect(domain.spread.q1).toBeLessThanOrEqual(domain.spread.q3);
        }
        for (const group of result.groups) {
          for (const domain of group.domains) {
            if (!domain.shown || domain.score === null) continue;
            const scores = scoresOf(membersOf(responses, group.by, group.key), domain.domainId);
            expect(domain.score).toBeGreaterThanOrEqual(Math.min(...scores));
            expect(domain.score).toBeLessThanOrEqual(Math.max(...scores));
          }
        }
      }),
    );
  });

  it("does not depend on the order of the responses", () => {
    const shuffledArb = roundArb.chain(({ responses, minGroupSize }) =>
      fc
        .shuffledSubarray(responses, { minLength: responses.length, maxLength: responses.length })
        .map((shuffled) => ({ responses, shuffled, minGroupSize })),
    );
    fc.assert(
      fc.property(shuffledArb, ({ responses, shuffled, minGroupSize }) => {
        expect(aggregateRound({ questionnaire: q, responses: shuffled, minGroupSize })).toEqual(
          aggregateRound({ questionnaire: q, responses, minGroupSize }),
        );
      }),
    );
  });

  it("keeps the means when a respondent is added whose scores equal the means", () => {
    fc.assert(
      fc.property(roundArb, ({ responses, minGroupSize }) => {
        const before = aggregateRound({ questionnaire: q, responses, minGroupSize });
        fc.pre(before.shown);
        const average: RoundResponse = {
          role: "board",
          domainScores: before.domains.map((d) => ({ domainId: d.domainId, score: d.shown ? d.score : null })),
          answers: {},
        };
        const after = aggregateRound({ questionnaire: q, responses: [...responses, average], minGroupSize });
        expect(after.domains.map((d) => d.score)).toEqual(before.domains.map((d) => d.score));
        expect(after.overall).toEqual(before.overall);
      }),
    );
  });

  it("never shows a group below the minimum, nor one that the total minus the shown groups would reveal", () => {
    fc.assert(
      fc.property(roundArb, ({ responses, minGroupSize: min }) => {
        const result: RoundAggregate = aggregateRound({ questionnaire: q, responses, minGroupSize: min });
        if (responses.length < min) {
          expect(result).toMatchObject({ shown: false, respondents: null, groups: [], gaps: [], items: [] });
          expect(result.domains.every((d) => d.score === null && d.spread === null)).toBe(true);
          return;
        }
        for (const by of ["role", "team"] as const) {
          const groups = result.groups.filter((g) => g.by === by);
          const shown = groups.filter((g) => g.shown);
          for (const group of groups) {
            const members = membersOf(responses, by, group.key);
            expect(members.length).toBeGreaterThan(0);
            if (group.shown) {
              expect(group.respondents).toBe(members.length);
              expect(members.length).toBeGreaterThanOrEqual(min);
            } else {
              expect(group).toMatchObject({ respondents: null, tooFew: true, domains: [], items: [] });
              expect(group.overall).toEqual({ score: null, level: null });
            }
          }
          const shownCount = shown.reduce((sum, g) => sum + membersOf(responses, by, g.key).length, 0);
          expect(safeResidual(responses.length - shownCount, min)).toBe(true);
          for (const domainId of domainIds) {
            const scoredShown = shown.filter((g) => g.domains.find((d) => d.domainId === domainId)?.shown);
            const counted = scoredShown.map((g) => scoresOf(membersOf(responses, by, g.key), domainId).length);
            for (const count of counted) expect(count).toBeGreaterThanOrEqual(min);
            // A hidden round domain leaves nothing to subtract from; then no group shows it either.
            const residual = scoresOf(responses, domainId).length - counted.reduce((a, b) => a + b, 0);
            if (result.domains.find((d) => d.domainId === domainId)?.shown)
              expect(safeResidual(residual, min)).toBe(true);
            else expect(counted).toEqual([]);
          }
        }
        for (const gap of result.gaps) {
          const keys = result.groups.filter((g) => g.by === gap.by && g.shown).map((g) => g.key);
          expect(keys).toContain(gap.high.key);
          expect(keys).toContain(gap.low.key);
        }
      }),
    );
  });

  it("is plain JSON", () => {
    fc.assert(
      fc.property(roundArb, ({ responses, minGroupSize }) => {
        const result = aggregateRound({ questionnaire: q, responses, minGroupSize });
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 30 },
    );
  });
});
