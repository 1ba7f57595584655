import { describe, expect, it } from "vitest";
import { aggregateAnswers } from "@/lib/aggregation/aggregate-answers";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { groupPlan } from "@/lib/aggregation/group-plan";
import { mergeSmallGroups } from "@/lib/aggregation/merge-groups";
import {
  DEFAULT_MIN_DISTRIBUTION,
  DEFAULT_MIN_GROUP,
  MIN_GROUP_FLOOR,
  minDistributionFor,
  OWN_SPREAD_FROM,
} from "@/lib/aggregation/minimums";
import { readAggregate } from "@/lib/aggregation/read-aggregate";
import { teamsWithView } from "@/lib/aggregation/team-comparison";
import type { RoundAggregate, RoundAnswerValue } from "@/lib/aggregation/types";
import { buildQuestionnaire } from "@/tests/factories/questionnaire";
import { buildRoundResponse as response, buildRoundResponses as responses } from "@/tests/factories/round-response";

// Issue 14, "Anonymity that holds when someone tries": attacks 2 and 3 as an attacker ran them, the merge of
// small groups, and snapshots written before these rules.

const q = buildQuestionnaire();
const itemIds = q.items.map((item) => item.id);
const everywhere = (value: RoundAnswerValue) => Object.fromEntries(itemIds.map((id) => [id, value]));

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysIn(inner)]);
  return [];
}

describe("the minimums", () => {
  it("are in one place: group 5 by default and never below 3, distributions 5 and never below the group", () => {
    expect([DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR, DEFAULT_MIN_DISTRIBUTION]).toEqual([5, 3, 5]);
    expect(minDistributionFor(3)).toBe(5);
    expect(minDistributionFor(7)).toBe(7);
    expect(minDistributionFor(5, 3)).toBe(5);
    expect(aggregateRound({ questionnaire: q, responses: [] })).toMatchObject({ minGroupSize: 5, minDistribution: 5 });
  });
});

describe("attack 2: don't know shrinks the real group", () => {
  const attack = [
    { role: "employee", answers: everywhere(5) },
    { role: "employee", answers: everywhere(1) },
    { role: "employee", answers: everywhere("dk") },
  ];

  it("3 respondents answering 5, 1 and don't know everywhere: no statement has bars or counts", () => {
    const result = aggregateAnswers({ questionnaire: q, responses: attack, minGroupSize: 3 });
    expect(result.shown).toBe(true);
    expect(result.items).toHaveLength(itemIds.length);
    for (const item of result.items)
      expect(item).toEqual({
        itemId: item.itemId,
        domainId: item.domainId,
        shown: false,
        respondents: null,
        scaleAnswers: null,
        counts: [],
        dontKnow: null,
        notApplicable: null,
        unanswered: null,
        divergence: null,
      });
    // Two people scored: every domain too few, as before.
    expect(result.domains.every((d) => !d.shown && d.score === null)).toBe(true);
  });

  it("holds at every group minimum from 3 to 10, and with the distribution minimum asked as low as allowed", () => {
    for (let min = 3; min <= 10; min += 1) {
      const padded = [
        ...attack,
        ...Array.from({ length: min - 3 }, () => ({ role: "employee", answers: everywhere("dk") })),
      ];
      const result = aggregateAnswers({ questionnaire: q, responses: padded, minGroupSize: min, minDistribution: min });
      expect(result.items.filter((item) => item.shown)).toEqual([]);
    }
  });

  it("inside a shown role whose domain mean is hidden, the statements of that role are hidden too", () => {
    const result = aggregateAnswers({
      questionnaire: q,
      minGroupSize: 3,
      roleOrder: ["board", "employee"],
      responses: [
        ...attack.map((r) => ({ ...r, role: "board" })),
        ...Array.from({ length: 6 }, (_, i) => ({ role: "employee", answers: everywhere((i % 5) + 1) })),
      ],
    });
    const board = result.groups.find((g) => g.key === "board");
    expect(board).toMatchObject({ shown: true, respondents: 3 });
    expect(board?.domains.every((d) => !d.shown)).toBe(true);
    expect(board?.items.every((item) => !item.shown && item.counts.length === 0 && item.dontKnow === null)).toBe(true);
    // The round's statements rest on 8 scale answers and are shown; the employees' on 6 — but the round minus
    // the employees would be the board's 2: so the employees' distributions are withheld (subtraction rule).
    expect(result.items.every((item) => item.shown && item.scaleAnswers === 8)).toBe(true);
    const employee = result.groups.find((g) => g.key === "employee");
    expect(employee?.items.every((item) => !item.shown)).toBe(true);
  });
});

describe("intervals (issue 18): only where the mean is published", () => {
  it("a hidden group's interval never appears, nor can it be told from the shown ones", () => {
    // Minimum 3: board (2) is hidden, and the residual of 2 hides manager (3) too; only employee is shown.
    const result = aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      // No role order: nothing is merged, so the small groups are hidden.
      responses: [
        ...[40, 50, 60, 70].map((alpha) => response({ role: "employee", scores: { alpha, beta: alpha } })),
        ...[20, 30, 90].map((alpha) => response({ role: "manager", scores: { alpha, beta: alpha } })),
        ...[0, 100].map((alpha) => response({ role: "board", scores: { alpha, beta: alpha } })),
      ],
    });
    const board = result.groups.find((g) => g.key === "board");
    const manager = result.groups.find((g) => g.key === "manager");
    expect(board).toMatchObject({ shown: false, domains: [] });
    expect(manager).toMatchObject({ shown: false, domains: [] });
    const employee = result.groups.find((g) => g.key === "employee");
    // employee: 40, 50, 60, 70 → mean 55; 4 respondents: t(0.95, 3) · 15/√4 = 2.3534 · 7.5 → ± 17.65.
    expect(employee?.domains[0]).toMatchObject({
      score: 55,
      interval90: { low: 37.35, high: 72.65 },
      margin90: 17.65,
      marginBasis: "reference-spread",
    });
    // Only the round's (9: t(0.95, 8) · 15/3 = 9.30) and the employees' margins are anywhere in the output.
    const margins = JSON.stringify(result).match(/"margin90":[^,}]+/g);
    expect(margins).toEqual(['"margin90":9.3', '"margin90":9.3', '"margin90":17.65', '"margin90":17.65']);
  });
});

describe("intervals (issue 18): only the whole round's may use its own spread", () => {
  it("a group of 32 beside a round of 40 keeps the reference spread: no sum of squares to subtract", () => {
    // Were the managers' margin from their own spread, the round's sum of squares minus theirs would be the
    // eight employees' — their own-spread interval, which a group of 8 may not publish.
    const result = (employees: number[]) =>
      aggregateRound({
        questionnaire: q,
        responses: [
          ...Array.from({ length: 32 }, (_, i) => response({ role: "manager", scores: { alpha: 40 + (i % 5) * 10 } })),
          ...employees.map((alpha) => response({ role: "employee", scores: { alpha } })),
        ],
      });
    const agree = result([50, 50, 50, 50, 50, 50, 50, 50]);
    const differ = result([10, 90, 10, 90, 10, 90, 10, 90]);
    expect(agree.domains[0]).toMatchObject({ respondents: 40, marginBasis: "own-spread" });
    const manager = agree.groups.find((g) => g.key === "manager")?.domains[0];
    // 32 managers: t(0.95, 31) · 15/√32 = 1.6955 · 2.6517 → ± 4.50, not their own (s = 14.45: ± 4.33).
    expect(manager).toMatchObject({ respondents: 32, marginBasis: "reference-spread", margin90: 4.5 });
    const groupsOf = (r: RoundAggregate) => r.groups.map((g) => g.domains);
    expect(groupsOf(differ)).toEqual(groupsOf(agree));
  });
});

describe("attack 3: the spread", () => {
  const round = (scores: number[]) =>
    aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      responses: scores.map((alpha) => response({ scores: { alpha, beta: alpha } })),
    });

  it("3 or 4 respondents: the mean only, no spread at all", () => {
    for (const scores of [
      [10, 55, 90],
      [10, 40, 55, 90],
    ]) {
      const result = round(scores);
      expect(result.domains[0]).toMatchObject({ shown: true, spread: null, consensus: null });
    }
  });

  it("5 respondents: Q1 and Q3 only, and two different sets of scores publish the very same numbers", () => {
    // The lowest, middle and highest of five are free beside the mean, Q1 and Q3 (the interval below 30
    // respondents adds nothing: it depends on n and the mean only).
    const a = round([20, 35, 60, 65, 70]);
    const b = round([30, 35, 40, 65, 80]);
    expect(a.domains[0]?.spread).toEqual({ q1: 35, q3: 65 });
    expect(a.domains[0]?.interval90).not.toBeNull();
    // Nothing published tells the two rounds apart, so no individual score can be worked back from them.
    expect(a).toEqual(b);
  });

  it("5 to 29 respondents: the interval and margin depend on n and the mean only, never on the spread", () => {
    // The decision of issue 18 (docs/anonymity.md, "Intervals and α"): an interval from the group's own
    // spread publishes the sum of squares of its scores, which beside the mean and the quartiles let a reader
    // solve back the scores of a round of five as a set. Below 30 the margin uses the reference spread.
    for (let n = 5; n < OWN_SPREAD_FROM; n += 1) {
      const agree = round(Array.from({ length: n }, () => 50));
      // Same n, same mean 50, a very different spread: 10 and 90 in turn (one 50 when n is odd).
      const differ = round(Array.from({ length: n }, (_, i) => (n % 2 === 1 && i === n - 1 ? 50 : i % 2 ? 90 : 10)));
      const published = (r: RoundAggregate) =>
        r.domains.map(({ score, respondents, interval90, margin90, marginBasis }) => ({
          score,
          respondents,
          interval90,
          margin90,
          marginBasis,
        }));
      expect(agree.domains[0]?.spread).not.toEqual(differ.domains[0]?.spread);
      expect(published(differ)).toEqual(published(agree));
      expect(agree.domains[0]).toMatchObject({ marginBasis: "reference-spread", score: 50 });
    }
  });

  it("from 30 respondents the group's own spread is used, and said so", () => {
    const agree = round(Array.from({ length: 30 }, () => 50));
    const differ = round(Array.from({ length: 30 }, (_, i) => (i % 2 ? 90 : 10)));
    expect(agree.domains[0]).toMatchObject({ marginBasis: "own-spread", margin90: 0 });
    expect(differ.domains[0]).toMatchObject({ marginBasis: "own-spread" });
    expect(differ.domains[0]?.margin90).toBeGreaterThan(0);
  });

  it("issue 14's pair of five, told apart by an own-spread interval, publishes the same numbers again", () => {
    const a = round([0, 25, 50, 75, 100]);
    const b = round([25, 25, 50, 75, 75]);
    expect(a.domains[0]?.spread).toEqual({ q1: 25, q3: 75 });
    expect(a).toEqual(b);
  });

  it("7 respondents: no minimum or maximum anywhere (the lowest and highest are one person each)", () => {
    const scores = [3, 20, 35, 50, 65, 80, 97];
    const result = round(scores);
    expect(keysIn(result)).not.toContain("min");
    expect(keysIn(result)).not.toContain("max");
    expect(keysIn(result)).not.toContain("median");
    const spread = result.domains[0]?.spread;
    expect(spread).toEqual({ q1: 27.5, q3: 72.5 });
    expect(Object.values(spread ?? {})).not.toContain(3);
    expect(Object.values(spread ?? {})).not.toContain(97);
  });
});

describe("merging small groups before hiding them", () => {
  it("1 board, 3 managers, 3 employees at minimum 3: board and managers (4) against employees (3)", () => {
    const result = aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      roleOrder: ["board", "manager", "employee"],
      responses: [
        response({ role: "board", scores: { alpha: 90, beta: 90 } }),
        ...responses(3, { role: "manager", scores: { alpha: 70, beta: 70 } }),
        ...responses(3, { role: "employee", scores: { alpha: 30, beta: 30 } }),
      ],
    });
    expect(result.groups.map((g) => [g.key, g.members, g.shown, g.respondents])).toEqual([
      ["board + manager", ["board", "manager"], true, 4],
      ["employee", ["employee"], true, 3],
    ]);
    expect(result.groups[0]?.domains[0]).toMatchObject({ shown: true, score: 75 });
    expect(result.gaps[0]).toMatchObject({ high: { key: "board + manager" }, low: { key: "employee" }, points: 45 });
  });

  it("tells the organiser per role and team: shown, merged into a group, or hidden — names only", () => {
    const result = aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      roleOrder: ["board", "manager", "employee"],
      teamOrder: ["Zorg", "Balie", "Keuken"],
      responses: [
        response({ role: "board", team: "Keuken", scores: { alpha: 90 } }),
        ...responses(3, { role: "manager", team: "Zorg", scores: { alpha: 70 } }),
        ...responses(3, { role: "employee", team: "Zorg", scores: { alpha: 30 } }),
      ],
    });
    expect(groupPlan(result, "role")).toEqual([
      { key: "board", state: "merged", mergedWith: ["board", "manager"] },
      { key: "manager", state: "merged", mergedWith: ["board", "manager"] },
      { key: "employee", state: "shown", mergedWith: [] },
    ]);
    // Keuken (1) beside Zorg (6) cannot merge without swallowing everyone: both hidden.
    expect(groupPlan(result, "team")).toEqual([
      { key: "Zorg", state: "hidden", mergedWith: [] },
      { key: "Keuken", state: "hidden", mergedWith: [] },
    ]);
    expect(JSON.stringify(groupPlan(result, "role"))).not.toMatch(/\d/);
    // No team view for a hidden (or merged) team; Balie had nobody at all.
    expect(teamsWithView(result, ["Zorg", "Balie", "Keuken"])).toEqual([]);
  });

  it("gives a team view link only to a team shown on its own, numbered in the round's order", () => {
    const result = aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      teamOrder: ["Zorg", "Balie", "Keuken"],
      responses: [
        ...responses(4, { team: "Zorg", scores: { alpha: 70 } }),
        ...responses(3, { team: "Keuken", scores: { alpha: 30 } }),
      ],
    });
    expect(teamsWithView(result, ["Zorg", "Balie", "Keuken"])).toEqual([
      { team: "Zorg", number: 1 },
      { team: "Keuken", number: 3 },
    ]);
  });

  it("merges with the neighbour that makes the minimum with the fewest people, in the round's order", () => {
    const groups = (counts: Record<string, number>) => Object.entries(counts).map(([key, count]) => ({ key, count }));
    expect(mergeSmallGroups({ groups: groups({ a: 10, b: 1, c: 4 }), minGroupSize: 3 }).map((b) => b.members)).toEqual([
      ["a"],
      ["b", "c"],
    ]);
    // Two small neighbours together make the minimum.
    expect(mergeSmallGroups({ groups: groups({ a: 2, b: 2, c: 9 }), minGroupSize: 3 }).map((b) => b.key)).toEqual([
      "a + b",
      "c",
    ]);
    // A merge that leaves one group for everybody compares nothing: nothing is merged.
    expect(mergeSmallGroups({ groups: groups({ a: 1, b: 4 }), minGroupSize: 3 }).map((b) => b.key)).toEqual(["a", "b"]);
  });

  it("hides only when no merge works: a lone board member beside one large group stays hidden, and so does that group", () => {
    const result = aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      roleOrder: ["board", "employee"],
      responses: [
        response({ role: "board", scores: { alpha: 90 } }),
        ...responses(6, { role: "employee", scores: { alpha: 30 } }),
      ],
    });
    expect(result.groups.map((g) => [g.key, g.shown])).toEqual([
      ["board", false],
      ["employee", false],
    ]);
  });
});

describe("snapshots written before these rules (aggregate version 1)", () => {
  const counts = (byPoint: number[]) => byPoint.map((count, i) => ({ value: i + 1, count }));
  const v1Item = (itemId: string, domainId: string, byPoint: number[], dontKnow: number, respondents: number) => ({
    itemId,
    domainId,
    respondents,
    counts: counts(byPoint),
    dontKnow,
    notApplicable: 0,
    unanswered: respondents - byPoint.reduce((a, b) => a + b, 0) - dontKnow,
    divergence: 100,
  });
  // What the old code stored for attack 2 plus a team view: 3 respondents (5, 1, don't know) at minimum 3.
  const v1 = {
    version: 1,
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    minGroupSize: 3,
    shown: true,
    tooFew: false,
    respondents: 7,
    overall: { score: 50, level: "developing" },
    domains: [
      {
        domainId: "alpha",
        shown: true,
        respondents: 7,
        score: 50,
        level: "developing",
        spread: { min: 0, q1: 25, median: 50, q3: 75, max: 100 },
        consensus: "divided",
        consensusCaveat: false,
      },
      {
        domainId: "beta",
        shown: true,
        respondents: 4,
        score: 50,
        level: "developing",
        spread: { min: 0, q1: 25, median: 50, q3: 75, max: 100 },
        consensus: "divided",
        consensusCaveat: true,
      },
    ],
    groups: [
      {
        by: "role",
        key: "employee",
        shown: true,
        tooFew: false,
        respondents: 7,
        overall: { score: 50, level: "developing" },
        domains: [],
        items: [v1Item("alpha-1", "alpha", [1, 1, 1, 1, 1], 2, 7), v1Item("beta-1", "beta", [1, 0, 0, 0, 1], 1, 7)],
      },
    ],
    gaps: [],
    items: [v1Item("alpha-1", "alpha", [1, 1, 1, 1, 1], 2, 7), v1Item("beta-1", "beta", [1, 0, 0, 0, 1], 1, 7)],
  };

  it("are read under today's rules: no min, median or max, no spread or bars below the distribution minimum", () => {
    const read: RoundAggregate = readAggregate(JSON.parse(JSON.stringify(v1)));
    expect(read).toMatchObject({ version: 3, minGroupSize: 3, minDistribution: 5 });
    expect(keysIn(read)).not.toContain("min");
    expect(keysIn(read)).not.toContain("max");
    expect(keysIn(read)).not.toContain("median");
    expect(read.domains[0]).toMatchObject({ spread: { q1: 25, q3: 75 }, consensus: "divided" });
    expect(read.domains[1]).toMatchObject({ shown: true, score: 50, spread: null, consensus: null });
    expect(read.items.map((item) => [item.itemId, item.shown, item.dontKnow])).toEqual([
      ["alpha-1", true, 2],
      ["beta-1", false, null],
    ]);
    expect(read.groups[0]?.members).toEqual(["employee"]);
    expect(read.groups[0]?.items.map((item) => item.shown)).toEqual([true, false]);
  });

  it("leave today's snapshots as they are", () => {
    const today = aggregateRound({ questionnaire: q, responses: responses(6, { scores: { alpha: 50 } }) });
    expect(readAggregate(JSON.parse(JSON.stringify(today)))).toEqual(today);
  });
});

describe("a merged team's own view", () => {
  it("shows no figures of its own (too few), rather than 'no response named the team'", async () => {
    const { compareTeam } = await import("@/lib/aggregation/team-comparison");
    const result = aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      teamOrder: ["Zorg", "Balie", "Keuken"],
      responses: [
        ...responses(1, { team: "Zorg", scores: { alpha: 70 } }),
        ...responses(3, { team: "Balie", scores: { alpha: 50 } }),
        ...responses(4, { team: "Keuken", scores: { alpha: 30 } }),
      ],
    });
    expect(result.groups.filter((g) => g.by === "team").map((g) => g.key)).toEqual(["Zorg + Balie", "Keuken"]);
    expect(compareTeam(result, "Zorg")).toMatchObject({ team: "Zorg", shown: false, respondents: null });
    expect(compareTeam(result, "Keuken")).toMatchObject({ team: "Keuken", shown: true, respondents: 4 });
    expect(compareTeam(result, "Elders")).toBeNull();
  });
});

describe("don't know of a hidden group, by subtraction", () => {
  it("10 employees answer, 5 board members say don't know everywhere: no group shows a statement", () => {
    const result = aggregateAnswers({
      questionnaire: q,
      minGroupSize: 5,
      roleOrder: ["board", "employee"],
      responses: [
        ...Array.from({ length: 10 }, (_, i) => ({ role: "employee", answers: everywhere(i % 2 ? 4 : 2) })),
        ...Array.from({ length: 5 }, () => ({ role: "board", answers: everywhere("dk") })),
      ],
    });
    // The round's own statements are shown, with the 5 don't knows beside them…
    expect(result.items.every((item) => item.shown && item.dontKnow === 5)).toBe(true);
    const employee = result.groups.find((group) => group.by === "role" && group.key === "employee");
    expect(employee?.shown).toBe(true);
    // …so the employees' statements may not be: their 0 don't knows would give the board's 5 by subtraction.
    expect(employee?.items.some((item) => item.shown)).toBe(false);
  });
});
