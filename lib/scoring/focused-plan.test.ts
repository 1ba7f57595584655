import { describe, expect, it } from "vitest";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import { focusedPlan, isLowStatement } from "@/lib/scoring/focused-plan";
import { scoreResponse } from "@/lib/scoring/score-response";
import type { AnswerValue } from "@/lib/scoring/types";
import {
  buildDomain,
  buildItems,
  buildQuestionnaire,
  buildRecommendation,
  LEVEL_IDS,
} from "@/tests/factories/questionnaire";

/** A domain whose every level has the same recommendations (ids get a level suffix), addressing the given items. */
function domainWith(id: string, recommendations: Array<{ id: string; addresses?: string[] }>) {
  return buildDomain({
    id,
    recommendations: Object.fromEntries(
      LEVEL_IDS.map((level) => [
        level,
        recommendations.map((r) => buildRecommendation({ ...r, id: `${r.id}-${level}` })),
      ]),
    ),
  });
}

const q = buildQuestionnaire({
  domains: [
    domainWith("alpha", [
      // File order deliberately the opposite of the expected priority.
      { id: "a-zeta", addresses: ["alpha-1"] },
      { id: "a-eta", addresses: ["alpha-2", "alpha-3"] },
      { id: "a-theta", addresses: ["alpha-2"] },
      { id: "a-without" },
    ]),
    domainWith("beta", [
      { id: "b-one", addresses: ["beta-1"] },
      { id: "b-two", addresses: ["beta-2"] },
    ]),
    domainWith("gamma", [{ id: "c-one", addresses: ["gamma-1"] }]),
  ],
  items: [...buildItems("alpha", 3), ...buildItems("beta", 2), ...buildItems("gamma", 1)],
});

function plan(record: Record<string, AnswerValue>) {
  const answers = answersFromRecord(record);
  return focusedPlan(q, scoreResponse(q, answers), answers);
}

const LEVEL_SUFFIX = new RegExp(`-(${LEVEL_IDS.join("|")})$`);
const baseId = (id: string) => id.replace(LEVEL_SUFFIX, "");
const ids = (steps: Array<{ recommendation: { id: string } }>) => steps.map((s) => baseId(s.recommendation.id));

describe("focusedPlan", () => {
  // alpha mean 2 (weakest), beta mean 3, gamma 5.
  const answers = { "alpha-1": 3, "alpha-2": 1, "alpha-3": 2, "beta-1": 4, "beta-2": 2, "gamma-1": 5 } as const;

  it("opens with three next steps: weakest domain first, tied to its lowest statements, at most two per domain", () => {
    const result = plan(answers);
    // a-eta and a-theta both reach alpha-2 (1); a-eta addresses two low statements, so it goes first.
    expect(ids(result.next)).toEqual(["a-eta", "a-theta", "b-two"]);
    expect(result.next[0]).toMatchObject({ domainId: "alpha", lowest: 1, lowAddressed: 2 });
    expect(result.next[0]?.addressed.map((s) => s.itemId)).toEqual(["alpha-2", "alpha-3"]);
  });

  it("groups the rest by domain, weakest first, each in priority order", () => {
    const result = plan(answers);
    expect(result.byDomain.map((g) => [g.domainId, ids(g.steps)])).toEqual([
      ["alpha", ["a-zeta", "a-without"]],
      ["beta", ["b-one"]],
      ["gamma", ["c-one"]],
    ]);
  });

  it("breaks a tie on the lowest statement by the number of low statements, then by id, never by file order", () => {
    const result = plan({ ...answers, "alpha-1": 1 });
    // a-eta: lowest 1, two low; a-theta: lowest 1, one low; a-zeta: lowest 1, one low → a-theta before a-zeta by id.
    expect(ids(result.next)).toEqual(["a-eta", "a-theta", "b-two"]);
    expect(ids(result.byDomain[0]?.steps ?? [])).toEqual(["a-zeta", "a-without"]);
  });

  it("puts a recommendation whose statements were not answered after those tied to an answer", () => {
    const result = plan({ "alpha-1": "na", "alpha-2": 2, "alpha-3": 2, "beta-1": 3, "beta-2": 3, "gamma-1": 3 });
    expect(ids(result.next).slice(0, 2)).toEqual(["a-eta", "a-theta"]);
    expect(result.byDomain[0]?.steps.map((s) => [baseId(s.recommendation.id), s.lowest])).toEqual([
      ["a-without", null],
      ["a-zeta", null],
    ]);
  });

  it("prefers a step tied to a low statement in a stronger domain over an untied one in the weakest", () => {
    // alpha (66.67) is weakest, but only a-zeta ties to a low statement there (alpha-1 = 1); beta-2 (3) is low too.
    const result = plan({ "alpha-1": 1, "alpha-2": 5, "alpha-3": 5, "beta-1": 5, "beta-2": 3, "gamma-1": 5 });
    // Low-tied first: a-zeta (alpha), b-two (beta-2 = 3); then the weakest domain's untied steps fill up.
    expect(ids(result.next)).toEqual(["a-zeta", "b-two", "a-eta"]);
  });

  it("fills the next steps from one domain when it is the only one scored", () => {
    const result = plan({ "alpha-1": 3, "alpha-2": 1, "alpha-3": 2 });
    expect(ids(result.next)).toEqual(["a-eta", "a-theta", "a-zeta"]);
    expect(result.byDomain.map((g) => g.domainId)).toEqual(["alpha"]);
  });

  it("is empty when no domain is scored", () => {
    expect(plan({})).toEqual({ next: [], byDomain: [] });
  });

  it("calls a statement low at or below the middle of the scale", () => {
    expect(isLowStatement(q, 3)).toBe(true);
    expect(isLowStatement(q, 3.5)).toBe(false);
  });
});
