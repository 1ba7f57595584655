import { describe, expect, it } from "vitest";
import { type AggregateRoundOptions, aggregateRound as aggregate } from "@/lib/aggregation/aggregate-round";
import { RoundInputError } from "@/lib/aggregation/round-input-error";
import type { RoundAggregate, RoundGroup } from "@/lib/aggregation/types";
import { buildDomain, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";
import { buildRoundResponse as response, buildRoundResponses as responses } from "@/tests/factories/round-response";

const q = buildQuestionnaire();

/**
 * These tests pin the group rules at the old minimum of 3 with distributions at 3 as well (the lowest the
 * options allow); the distribution minimum, merging and the attacks of issue 14 are in anonymity.test.ts.
 */
function aggregateRound(options: AggregateRoundOptions) {
  return aggregate({ minGroupSize: 3, minDistribution: 3, ...options });
}

function groupOf(aggregate: RoundAggregate, by: "role" | "team", key: string): RoundGroup | undefined {
  return aggregate.groups.find((g) => g.by === by && g.key === key);
}

function shownKeys(aggregate: RoundAggregate, by: "role" | "team"): string[] {
  return aggregate.groups.filter((g) => g.by === by && g.shown).map((g) => g.key);
}

describe("aggregateRound: means and spread", () => {
  it("averages the respondents' domain scores, each person once, rounded as scores", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        response({ scores: { alpha: 50, beta: 10 } }),
        response({ scores: { alpha: 75, beta: 10 } }),
        response({ scores: { alpha: 100, beta: 11 } }),
      ],
    });
    expect(result).toMatchObject({ version: 3, shown: true, tooFew: false, respondents: 3, minGroupSize: 3 });
    expect(result.domains).toEqual([
      {
        domainId: "alpha",
        shown: true,
        respondents: 3,
        score: 75,
        level: "established",
        spread: { q1: 62.5, q3: 87.5 },
        // IQR 25: 15 ≤ 25 < 30.
        consensus: "mixed",
        consensusCaveat: true,
        // 3 respondents, below 30: the reference spread, t(0.95, 2) · 15/√3 = 2.92 · 8.66 → ± 25.29, clipped
        // to 100 (the scores' own s = 25 plays no part).
        interval90: { low: 49.71, high: 100 },
        margin90: 25.29,
        marginBasis: "reference-spread",
        // Fewer than 10 respondents.
        alpha: null,
      },
      {
        domainId: "beta",
        shown: true,
        respondents: 3,
        score: 10.33,
        level: "reactive",
        spread: { q1: 10, q3: 10.5 },
        consensus: "agreement",
        consensusCaveat: true,
        // The same margin as alpha (the same n), though these scores hardly differ; clipped to 0.
        interval90: { low: 0, high: 35.62 },
        margin90: 25.29,
        marginBasis: "reference-spread",
        alpha: null,
      },
    ]);
    // weighted-domain-mean of the rounded means: (75 + 10.33) / 2 = 42.665 → 42.67.
    expect(result.overall).toEqual({ score: 42.67, level: "developing" });
  });

  it("leaves a respondent out of a domain they had too few answers for, but counts them as a response", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { scores: { alpha: 40, beta: 60 } }),
        response({ scores: { alpha: null, beta: 60 } }),
        response({ scores: { beta: 60 } }),
      ],
    });
    expect(result.respondents).toBe(5);
    expect(result.domains[0]).toMatchObject({ respondents: 3, score: 40, consensusCaveat: true });
    expect(result.domains[1]).toMatchObject({ respondents: 5, score: 60, consensusCaveat: false });
  });

  it("counts a respondent who answered don't know everywhere as a response, in no domain's mean", () => {
    const dk = { "alpha-1": "dk", "alpha-2": "dk", "beta-1": "dk", "beta-2": "dk" } as const;
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { scores: { alpha: 50, beta: 50 }, answers: { "alpha-1": 3 } }),
        response({ scores: { alpha: null, beta: null }, answers: dk }),
      ],
    });
    expect(result.respondents).toBe(4);
    expect(result.domains.map((d) => d.respondents)).toEqual([3, 3]);
    expect(result.items[0]).toMatchObject({ itemId: "alpha-1", respondents: 4, dontKnow: 1 });
    expect(result.items[0]?.counts.find((c) => c.value === 3)?.count).toBe(3);
  });

  it("weights the overall score by domain weight, or by item weight for item-mean", () => {
    const shape = {
      domains: [buildDomain({ id: "alpha", weight: 3 }), buildDomain({ id: "beta" })],
      items: [...buildItems("alpha", 1), ...buildItems("beta", 3)],
    };
    const round = responses(3, { scores: { alpha: 100, beta: 0 } });
    const weighted = buildQuestionnaire({ ...shape, aggregation: "weighted-domain-mean" });
    expect(aggregateRound({ questionnaire: weighted, responses: round }).overall).toEqual({
      score: 75,
      level: "established",
    });
    const itemMean = buildQuestionnaire({ ...shape, aggregation: "item-mean" });
    expect(aggregateRound({ questionnaire: itemMean, responses: round }).overall).toEqual({
      score: 25,
      level: "aware",
    });
  });

  it("is plain JSON with a version", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { role: "board", team: "Sales", scores: { alpha: 20, beta: 30 }, answers: { "alpha-1": 2 } }),
        ...responses(3, { role: "employee", scores: { alpha: 80, beta: null }, answers: { "alpha-1": "na" } }),
      ],
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.version).toBe(3);
    expect(result.questionnaireId).toBe(q.id);
  });
});

describe("aggregateRound: the minimum", () => {
  it("shows nothing at all for one respondent", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        response({ role: "board", team: "Sales", scores: { alpha: 50, beta: 50 }, answers: { "alpha-1": 3 } }),
      ],
    });
    expect(result).toEqual({
      version: 3,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      minGroupSize: 3,
      minDistribution: 3,
      shown: false,
      tooFew: true,
      respondents: null,
      overall: { score: null, level: null },
      domains: ["alpha", "beta"].map((domainId) => ({
        domainId,
        shown: false,
        respondents: null,
        score: null,
        level: null,
        spread: null,
        consensus: null,
        consensusCaveat: false,
        interval90: null,
        margin90: null,
        marginBasis: null,
        alpha: null,
      })),
      groups: [],
      gaps: [],
      items: [],
    });
  });

  it("shows nothing for an empty round", () => {
    expect(aggregateRound({ questionnaire: q, responses: [] })).toMatchObject({ shown: false, respondents: null });
  });

  it("clamps the minimum to 3..10", () => {
    const five = responses(5, { scores: { alpha: 50 } });
    expect(aggregateRound({ questionnaire: q, responses: five.slice(0, 2), minGroupSize: 1 })).toMatchObject({
      minGroupSize: 3,
      shown: false,
    });
    expect(aggregateRound({ questionnaire: q, responses: five, minGroupSize: 6 })).toMatchObject({
      minGroupSize: 6,
      shown: false,
    });
    expect(aggregateRound({ questionnaire: q, responses: five, minGroupSize: 5 }).shown).toBe(true);
    expect(aggregateRound({ questionnaire: q, responses: five, minGroupSize: 99 }).minGroupSize).toBe(10);
  });

  it("hides a round domain with fewer than the minimum scored respondents", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [...responses(2, { scores: { alpha: 50, beta: 50 } }), ...responses(2, { scores: { beta: 50 } })],
    });
    expect(result.domains[0]).toMatchObject({
      shown: false,
      respondents: null,
      score: null,
      spread: null,
      consensus: null,
    });
    expect(result.domains[1]).toMatchObject({ shown: true, respondents: 4 });
    // The overall score leaves the hidden domain out.
    expect(result.overall.score).toBe(50);
  });

  it("lists a group below the minimum without its size, scores or items, and never an empty group", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(4, { role: "employee", scores: { alpha: 50, beta: 50 } }),
        ...responses(3, { role: "manager", scores: { alpha: 60, beta: 60 } }),
        ...responses(2, { role: "board", scores: { alpha: 90, beta: 90 } }),
        response({ role: "other", scores: { alpha: 0, beta: 0 } }),
      ],
    });
    expect(result.groups.filter((g) => g.by === "role").map((g) => g.key)).toEqual([
      "board",
      "employee",
      "manager",
      "other",
    ]);
    expect(groupOf(result, "role", "board")).toEqual({
      by: "role",
      key: "board",
      members: ["board"],
      shown: false,
      tooFew: true,
      respondents: null,
      overall: { score: null, level: null },
      domains: [],
      items: [],
    });
    // board + other = 3, so employee and manager stay shown.
    expect(shownKeys(result, "role")).toEqual(["employee", "manager"]);
    expect(groupOf(result, "role", "manager")).toMatchObject({ respondents: 3, overall: { score: 60 } });
    // Nobody named a team: no team groups at all.
    expect(result.groups.filter((g) => g.by === "team")).toEqual([]);
  });
});

describe("aggregateRound: the subtraction rule", () => {
  it("hides the smallest shown group while the hidden ones total 1..min−1", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(5, { role: "employee", scores: { alpha: 50 } }),
        ...responses(4, { role: "manager", scores: { alpha: 60 } }),
        ...responses(2, { role: "board", scores: { alpha: 90 } }),
      ],
    });
    // Without the rule, 11 × mean − 5 × employee − 4 × manager would give the board's mean.
    expect(shownKeys(result, "role")).toEqual(["employee"]);
    expect(groupOf(result, "role", "manager")).toMatchObject({ shown: false, respondents: null, domains: [] });
  });

  it("breaks ties by key", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(4, { role: "manager", scores: { alpha: 60 } }),
        ...responses(4, { role: "employee", scores: { alpha: 50 } }),
        ...responses(1, { role: "board", scores: { alpha: 90 } }),
      ],
    });
    expect(shownKeys(result, "role")).toEqual(["manager"]);
  });

  it("counts respondents without a team as the residual of the team breakdown", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(4, { team: "Sales", scores: { alpha: 60 } }),
        ...responses(3, { team: "Support", scores: { alpha: 50 } }),
        response({ team: "  ", scores: { alpha: 0 } }),
        response({ scores: { alpha: 0 } }),
      ],
    });
    // Two without a team: showing both teams would reveal their mean, so Support (smallest) hides too.
    expect(shownKeys(result, "team")).toEqual(["Sales"]);
    expect(result.groups.filter((g) => g.by === "team").map((g) => g.key)).toEqual(["Sales", "Support"]);
  });

  it("applies the minimum and the subtraction rule per domain", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(4, { role: "employee", scores: { alpha: 50, beta: 50 } }),
        ...responses(4, { role: "manager", scores: { alpha: 60, beta: 60 } }),
        ...responses(2, { role: "board", scores: { alpha: 90, beta: 90 } }),
        response({ role: "board", scores: { alpha: 90, beta: null } }),
        response({ role: "manager", scores: { alpha: 70, beta: null } }),
        response({ role: "manager", scores: { alpha: 70, beta: null } }),
      ],
    });
    // Groups: board 3, employee 4, manager 6 — all shown.
    expect(shownKeys(result, "role")).toEqual(["board", "employee", "manager"]);
    const domain = (key: string, domainId: string) =>
      groupOf(result, "role", key)?.domains.find((d) => d.domainId === domainId);
    expect(domain("board", "alpha")).toMatchObject({ shown: true, respondents: 3, score: 90 });
    expect(domain("manager", "alpha")).toMatchObject({ shown: true, respondents: 6, score: 63.33 });
    // beta: board has 2 scored → hidden; the residual of 2 hides employee (4, tied with manager, first by key).
    expect(domain("board", "beta")).toEqual({
      domainId: "beta",
      shown: false,
      respondents: null,
      score: null,
      level: null,
      interval90: null,
      margin90: null,
      marginBasis: null,
    });
    expect(domain("employee", "beta")).toMatchObject({ shown: false, score: null });
    expect(domain("manager", "beta")).toMatchObject({ shown: true, respondents: 4, score: 60 });
    // The group's overall uses its shown domains only.
    expect(groupOf(result, "role", "board")?.overall.score).toBe(90);
  });

  it("hides every group's domain when the round's domain is hidden", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { role: "employee", scores: { alpha: 50, beta: null } }),
        ...responses(3, { role: "manager", scores: { alpha: 60, beta: null } }),
        response({ role: "manager", scores: { alpha: 60, beta: 40 } }),
      ],
    });
    expect(result.domains[1]?.shown).toBe(false);
    for (const group of result.groups) expect(group.domains[1]).toMatchObject({ shown: false, score: null });
  });
});

describe("aggregateRound: distributions and gaps", () => {
  it("gives item distributions for the round and each shown group only", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { role: "employee", scores: { alpha: 50 }, answers: { "alpha-1": 2 } }),
        ...responses(3, { role: "manager", scores: { alpha: 50 }, answers: { "alpha-1": 4 } }),
      ],
    });
    expect(result.items[0]?.counts.map((c) => c.count)).toEqual([0, 3, 0, 3, 0]);
    expect(result.items[0]?.divergence).toBe(50);
    expect(groupOf(result, "role", "employee")?.items[0]?.counts.map((c) => c.count)).toEqual([0, 3, 0, 0, 0]);
  });

  it("computes gaps between shown groups only", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { role: "employee", team: "Sales", scores: { alpha: 40, beta: 50 } }),
        ...responses(3, { role: "manager", team: "Sales", scores: { alpha: 65, beta: 55 } }),
        ...responses(3, { role: "board", team: "Board", scores: { alpha: 100, beta: 100 } }),
        ...responses(2, { role: "other", scores: { alpha: 0, beta: 0 } }),
        ...responses(1, { role: "board", scores: { alpha: 100, beta: 100 } }),
      ],
    });
    // other (2) is hidden; 2 < 3 so the smallest shown role goes too: employee (3, by key before manager).
    expect(shownKeys(result, "role")).toEqual(["board", "manager"]);
    // The teams would each pass on their own, but board (4) − Board (3) is the one board member without a team:
    // with roles shown, the teams are hidden, and so are their gaps.
    expect(shownKeys(result, "team")).toEqual([]);
    expect(result.gaps).toEqual([
      {
        by: "role",
        domainId: "beta",
        high: { key: "board", score: 100 },
        low: { key: "manager", score: 55 },
        points: 45,
        // board 4 and manager 3, reference spread: se² = (17.65/2.3534)² + (25.29/2.92)² = 56.25 + 75.01;
        // Welch df 4.45 → t = 2.0707 · 11.457 = 23.73. (The groups' own spreads, 0, play no part.)
        margin: 23.73,
        beyondMargin: true,
        flagged: true,
      },
      {
        by: "role",
        domainId: "alpha",
        high: { key: "board", score: 100 },
        low: { key: "manager", score: 65 },
        points: 35,
        margin: 23.73,
        beyondMargin: true,
        flagged: true,
      },
    ]);
  });
});

describe("aggregateRound: roles and teams together", () => {
  it("hides the teams when role − team would single someone out", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { role: "manager", team: "Sales", scores: { alpha: 60 } }),
        response({ role: "manager", team: "Ops", scores: { alpha: 0 } }),
        ...responses(3, { role: "employee", team: "Ops", scores: { alpha: 40 } }),
      ],
    });
    // Each breakdown passes on its own (manager 4, employee 3; Sales 3, Ops 4), but managers − Sales is the one
    // manager in Ops, so the teams are not shown beside the roles.
    expect(shownKeys(result, "role")).toEqual(["employee", "manager"]);
    expect(shownKeys(result, "team")).toEqual([]);
    expect(result.groups.filter((g) => g.by === "team").every((g) => g.respondents === null)).toBe(true);
  });

  it("shows both when every role × team cell meets the minimum, per domain as well", () => {
    const result = aggregateRound({
      questionnaire: q,
      responses: [
        ...responses(3, { role: "manager", team: "Sales", scores: { alpha: 60, beta: 60 } }),
        ...responses(3, { role: "employee", team: "Ops", scores: { alpha: 40, beta: 40 } }),
        ...responses(3, { role: "employee", team: "Sales", scores: { alpha: 50, beta: null } }),
        response({ role: "employee", team: "Sales", scores: { alpha: 50, beta: 50 } }),
      ],
    });
    expect(shownKeys(result, "team")).toEqual(["Ops", "Sales"]);
    // beta: the employee × Sales cell counts only one respondent there, so beta is hidden for the teams.
    const sales = result.groups.find((g) => g.by === "team" && g.key === "Sales");
    expect(sales?.domains.find((d) => d.domainId === "alpha")?.shown).toBe(true);
    expect(sales?.domains.find((d) => d.domainId === "beta")?.shown).toBe(false);
  });
});

describe("aggregateRound: refused input", () => {
  it("names every problem with its path", () => {
    const attempt = () =>
      aggregateRound({
        questionnaire: q,
        responses: [
          response({ scores: { alpha: 50 } }),
          response({ role: " ", scores: { gamma: 50, beta: 101 }, answers: { "no-such-item": 3, "alpha-1": 9 } }),
        ],
      });
    expect(attempt).toThrow(RoundInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as RoundInputError).issues.map((issue) => issue.path)).toEqual([
        "responses[1].role",
        "responses[1].domainScores[0]",
        "responses[1].domainScores[1]",
        "responses[1].answers.no-such-item",
        "responses[1].answers.alpha-1",
      ]);
      expect((error as Error).message).toContain('unknown domain "gamma"');
    }
  });
});
