import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { ALPHA_MIN_RESPONDENTS } from "@/lib/aggregation/cronbach-alpha";
import { interval90Of, REFERENCE_SD } from "@/lib/aggregation/interval";
import type { ItemDistribution } from "@/lib/aggregation/item-distribution";
import { mergeSmallGroups } from "@/lib/aggregation/merge-groups";
import { OWN_SPREAD_FROM } from "@/lib/aggregation/minimums";
import { suppressGroups } from "@/lib/aggregation/suppress-groups";
import { tQuantile95 } from "@/lib/aggregation/t-quantile";
import type { Breakdown, RoundAggregate, RoundGroup, RoundResponse } from "@/lib/aggregation/types";
import { round2 } from "@/lib/scoring/round2";
import { buildDomain, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

// Issue 14: for any set of responses, no published number rests on fewer people than its minimum.

const q = buildQuestionnaire({
  domains: ["alpha", "beta"].map((id) => buildDomain({ id })),
  items: [...buildItems("alpha", 2), ...buildItems("beta", 2)],
});
const domainIds = q.domains.map((d) => d.id);
const itemIds = q.items.map((i) => i.id);
const ROLES = ["board", "manager", "employee", "other", "intern"];
const TEAMS = ["Sales", "Support", "Finance", "Ops"];

const answerArb = fc.constantFrom(1, 2, 3, 4, 5, "na" as const, "dk" as const, undefined);

const responseArb: fc.Arbitrary<RoundResponse> = fc.record({
  role: fc.constantFrom(...ROLES),
  team: fc.constantFrom(...TEAMS, null),
  domainScores: fc
    .tuple(...domainIds.map(() => fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 3 })))
    .map((scores) => scores.map((score, i) => ({ domainId: domainIds[i] ?? "", score }))),
  answers: fc
    .tuple(...itemIds.map(() => answerArb))
    .map((values) =>
      Object.fromEntries(values.flatMap((value, i) => (value === undefined ? [] : [[itemIds[i] ?? "", value]]))),
    ),
});

const roundArb = fc.record({
  // "dk" everywhere, tiny groups and many roles and teams are all in reach.
  responses: fc.array(responseArb, { maxLength: 40 }),
  minGroupSize: fc.integer({ min: 3, max: 7 }),
  minDistribution: fc.integer({ min: 3, max: 9 }),
  roleOrder: fc.shuffledSubarray(ROLES, { minLength: ROLES.length }),
  teamOrder: fc.shuffledSubarray(TEAMS, { minLength: TEAMS.length }),
});

const keyOf = (r: RoundResponse, by: Breakdown) => (by === "role" ? r.role : (r.team ?? null));
const membersOf = (responses: ReadonlyArray<RoundResponse>, group: RoundGroup) =>
  responses.filter((r) => {
    const key = keyOf(r, group.by);
    return key !== null && group.members.includes(key);
  });
const scoresOf = (list: ReadonlyArray<RoundResponse>, domainId: string) =>
  list.flatMap((r) => r.domainScores.flatMap((d) => (d.domainId === domainId && d.score !== null ? [d.score] : [])));
const scored = (list: ReadonlyArray<RoundResponse>, domainId: string) => scoresOf(list, domainId).length;

/**
 * Issue 18: an interval (and its margin) appears exactly where its mean does, and is the interval of that
 * group's own respondents — so a hidden mean never leaks through an interval.
 */
function checkInterval(
  domain: {
    domainId: string;
    shown: boolean;
    respondents: number | null;
    interval90: unknown;
    margin90: number | null;
    marginBasis: string | null;
  },
  list: ReadonlyArray<RoundResponse>,
  scope: "round" | "group",
) {
  if (!domain.shown) {
    expect(domain).toMatchObject({ interval90: null, margin90: null, marginBasis: null });
    return;
  }
  const own = interval90Of(scoresOf(list, domain.domainId), { ownSpread: scope === "round" });
  expect({ interval90: domain.interval90, margin90: domain.margin90, marginBasis: domain.marginBasis }).toEqual(own);
  // Below 30 respondents, and in every group, the margin is a function of n alone (the reference spread):
  // nothing about the spread, and no sum of squares to subtract from the round's.
  const n = domain.respondents ?? 0;
  if (n < OWN_SPREAD_FROM || scope === "group") {
    expect(domain.marginBasis).toBe("reference-spread");
    expect(domain.margin90).toBe(round2((tQuantile95(n - 1) * REFERENCE_SD) / Math.sqrt(n)));
  }
}
const scaleAnswers = (list: ReadonlyArray<RoundResponse>, itemId: string) =>
  list.filter((r) => typeof r.answers[itemId] === "number").length;
const safe = (residual: number, min: number) => residual === 0 || residual >= min;

function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysIn(inner)]);
  return [];
}

/** A published item holds what its members answered; a hidden one holds no number. */
function checkItem(item: ItemDistribution, list: ReadonlyArray<RoundResponse>, minDistribution: number) {
  if (!item.shown) {
    expect(item).toMatchObject({ counts: [], dontKnow: null, notApplicable: null, unanswered: null, divergence: null });
    expect(item.respondents).toBeNull();
    return;
  }
  const scale = scaleAnswers(list, item.itemId);
  expect(scale).toBeGreaterThanOrEqual(minDistribution);
  expect(item.scaleAnswers).toBe(scale);
  expect(item.counts.reduce((sum, c) => sum + c.count, 0)).toBe(scale);
  expect(item.dontKnow).toBe(list.filter((r) => r.answers[item.itemId] === "dk").length);
}

type RoundInput = {
  responses: ReadonlyArray<RoundResponse>;
  minGroupSize: number;
  minDistribution: number;
  roleOrder: ReadonlyArray<string>;
  teamOrder: ReadonlyArray<string>;
};

function checkRound(input: RoundInput): void {
  const { responses, minGroupSize: min } = input;
  const result: RoundAggregate = aggregateRound({ questionnaire: q, ...input });
  const minDistribution = result.minDistribution;
  expect(minDistribution).toBe(Math.max(input.minDistribution, min));
  expect(minDistribution).toBeGreaterThanOrEqual(min);
  for (const key of ["min", "max", "median"]) expect(keysIn(result)).not.toContain(key);
  if (!result.shown) {
    expect(responses.length).toBeLessThan(min);
    expect(result).toMatchObject({ respondents: null, groups: [], items: [], gaps: [] });
    return;
  }
  for (const domain of result.domains) {
    if (domain.shown) expect(scored(responses, domain.domainId)).toBeGreaterThanOrEqual(min);
    if (domain.spread) {
      expect(Object.keys(domain.spread).sort()).toEqual(["q1", "q3"]);
      expect(scored(responses, domain.domainId)).toBeGreaterThanOrEqual(minDistribution);
    }
    if (domain.consensus) expect(domain.spread).not.toBeNull();
    checkInterval(domain, responses, "round");
    // α: the whole round only, from 30 respondents.
    const domainItems = q.items.filter((item) => item.domain === domain.domainId).map((item) => item.id);
    const complete = responses.filter((r) => domainItems.every((id) => typeof r.answers[id] === "number"));
    if (domain.alpha !== null) expect(domain.shown && complete.length >= ALPHA_MIN_RESPONDENTS).toBe(true);
  }
  for (const group of result.groups) expect(keysIn(group)).not.toContain("alpha");
  for (const gap of result.gaps) expect(typeof gap.beyondMargin).toBe("boolean");
  for (const item of result.items) checkItem(item, responses, minDistribution);
  for (const by of ["role", "team"] as const) {
    const groups = result.groups.filter((g) => g.by === by);
    // Every role or team is in at most one published group.
    const allMembers = groups.flatMap((g) => g.members);
    expect(new Set(allMembers).size).toBe(allMembers.length);
    const shown = groups.filter((g) => g.shown);
    for (const group of groups) {
      const list = membersOf(responses, group);
      if (!group.shown) {
        expect(group).toMatchObject({ respondents: null, domains: [], items: [] });
        continue;
      }
      expect(group.respondents).toBe(list.length);
      expect(list.length).toBeGreaterThanOrEqual(min);
      for (const domain of group.domains) {
        if (domain.shown) expect(scored(list, domain.domainId)).toBeGreaterThanOrEqual(min);
        checkInterval(domain, list, "group");
      }
      for (const item of group.items) checkItem(item, list, minDistribution);
    }
    // Subtraction rule: total minus the shown groups never isolates fewer than the minimum — per group,
    // per domain and per statement.
    const inShown = (r: RoundResponse) => shown.some((g) => membersOf([r], g).length === 1);
    expect(safe(responses.filter((r) => !inShown(r)).length, min)).toBe(true);
    for (const domainId of domainIds) {
      const showing = shown.filter((g) => g.domains.find((d) => d.domainId === domainId)?.shown);
      const counted = showing.reduce((sum, g) => sum + scored(membersOf(responses, g), domainId), 0);
      if (showing.length > 0) expect(safe(scored(responses, domainId) - counted, min)).toBe(true);
    }
    for (const itemId of itemIds) {
      const showing = shown.filter((g) => g.items.find((i) => i.itemId === itemId)?.shown);
      const counted = showing.reduce((sum, g) => sum + scaleAnswers(membersOf(responses, g), itemId), 0);
      if (showing.length > 0) {
        expect(result.items.find((i) => i.itemId === itemId)?.shown).toBe(true);
        expect(safe(scaleAnswers(responses, itemId) - counted, minDistribution)).toBe(true);
      }
    }
  }
  // Across breakdowns: when a team's statement is shown while roles split the round, every role × team
  // cell (between the published groups) of those with a scale answer holds the distribution minimum.
  const roles = result.groups.filter((g) => g.by === "role");
  const teams = result.groups.filter((g) => g.by === "team");
  const rolesSplit = roles.some((g) => g.shown && g.respondents !== responses.length);
  const blockOf = (list: RoundGroup[], key: string | null) =>
    key === null ? null : (list.find((g) => g.members.includes(key))?.key ?? key);
  for (const itemId of itemIds) {
    const teamShows = teams.some((g) => g.items.find((i) => i.itemId === itemId)?.shown);
    if (!teamShows || !rolesSplit) continue;
    const cells = new Map<string, number>();
    for (const r of responses.filter((x) => typeof x.answers[itemId] === "number")) {
      const cell = JSON.stringify([blockOf(roles, r.role), blockOf(teams, r.team ?? null)]);
      cells.set(cell, (cells.get(cell) ?? 0) + 1);
    }
    for (const count of cells.values()) expect(count).toBeGreaterThanOrEqual(minDistribution);
  }
}

describe("anonymity properties (issue 14)", () => {
  it("no published number rests on fewer people than its minimum; never a min, median or max", () => {
    fc.assert(fc.property(roundArb, checkRound), { numRuns: 300 });
  });

  it("the same with two roles and two teams, where role × team cells per statement are what hides a team", () => {
    const narrowArb = fc.record({
      responses: fc.array(
        responseArb.map((r) => r),
        { minLength: 12, maxLength: 40 },
      ),
      minGroupSize: fc.constant(3),
      minDistribution: fc.integer({ min: 3, max: 5 }),
      roleOrder: fc.constant(["board", "employee"]),
      teamOrder: fc.constant(["Sales", "Support"]),
    });
    const twoByTwo = narrowArb.chain((input) =>
      fc
        .tuple(
          fc.array(fc.constantFrom("board", "employee"), {
            minLength: input.responses.length,
            maxLength: input.responses.length,
          }),
          fc.array(fc.constantFrom("Sales", "Support"), {
            minLength: input.responses.length,
            maxLength: input.responses.length,
          }),
        )
        .map(([roles, teams]) => ({
          ...input,
          responses: input.responses.map((r, i) => ({ ...r, role: roles[i] ?? "board", team: teams[i] ?? "Sales" })),
        })),
    );
    fc.assert(fc.property(twoByTwo, checkRound), { numRuns: 300 });
  });

  it("merging keeps neighbours together and never leaves a residual that isolates a group", () => {
    const countsArb = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        countsArb,
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 0, max: 12 }),
        (counts, min, unlisted) => {
          const groups = counts.map((count, i) => ({ key: `g${i}`, count }));
          // suppressGroups assumes the total itself meets the minimum (else the caller hides everything).
          fc.pre(counts.reduce((a, b) => a + b, 0) + unlisted >= min);
          const blocks = mergeSmallGroups({ groups, minGroupSize: min });
          // Every non-empty group once, in order, each block a run of neighbours.
          const order = groups.filter((g) => g.count > 0).map((g) => g.key);
          expect(blocks.flatMap((b) => b.members)).toEqual(order);
          for (const b of blocks)
            expect(b.count).toBe(b.members.reduce((s, k) => s + (groups.find((g) => g.key === k)?.count ?? 0), 0));
          // Only one block left below the minimum when merging would swallow everything.
          if (blocks.some((b) => b.count < min)) expect(blocks.every((b) => b.members.length === 1)).toBe(true);
          // Then suppression on the blocks keeps the subtraction rule.
          const hidden = suppressGroups({ groups: blocks, unlisted, minGroupSize: min });
          const shownTotal = blocks.filter((b) => !hidden.has(b.key)).reduce((s, b) => s + b.count, 0);
          const total = blocks.reduce((s, b) => s + b.count, 0) + unlisted;
          for (const b of blocks) if (!hidden.has(b.key)) expect(b.count).toBeGreaterThanOrEqual(min);
          expect(safe(total - shownTotal, min)).toBe(true);
        },
      ),
    );
  });
});
