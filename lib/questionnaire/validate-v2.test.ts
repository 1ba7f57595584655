import { describe, expect, it } from "vitest";
import { parseQuestionnaire } from "@/lib/questionnaire/validate";
import { buildDomain, buildItem, buildQuestionnaireInput, buildRecommendation } from "@/tests/factories/questionnaire";

// The fields v2 added are optional (v1 files validate unchanged) and checked across the definition.
function issuesOf(raw: unknown) {
  const result = parseQuestionnaire(raw);
  if (result.ok) throw new Error("expected the definition to be refused");
  return result.issues;
}

function withAlphaRecommendation(overrides: Parameters<typeof buildRecommendation>[0]) {
  const alpha = buildDomain({ id: "alpha" });
  return buildQuestionnaireInput({
    domains: [
      { ...alpha, recommendations: { ...alpha.recommendations, aware: [buildRecommendation(overrides)] } },
      buildDomain({ id: "beta" }),
    ],
  });
}

describe("v2 questionnaire fields", () => {
  it("accepts a recommendation with addresses, first step, owner, this month and evidence, and a readable source", () => {
    const result = parseQuestionnaire(
      withAlphaRecommendation({
        id: "alpha-full",
        addresses: ["alpha-1", "alpha-2"],
        firstStep: { nl: "Eerste stap", en: "First step" },
        owner: "manager",
        thisMonth: { nl: "Deze maand", en: "This month" },
        evidence: { nl: "Klanten merken", en: "Customers notice" },
        sources: ["versterkingsdomeinen"],
      }),
    );
    expect(result.ok).toBe(true);
  });

  it("refuses addresses naming an unknown item or an item of another domain", () => {
    const issues = issuesOf(withAlphaRecommendation({ id: "alpha-bad", addresses: ["alpha-9", "beta-1"] }));
    expect(issues).toEqual([
      { path: "domains[0].recommendations.aware[0].addresses[0]", message: 'unknown item "alpha-9"' },
      {
        path: "domains[0].recommendations.aware[0].addresses[1]",
        message: 'item "beta-1" belongs to domain "beta", not "alpha"',
      },
    ]);
  });

  it("refuses an owner that is not board, manager or team", () => {
    expect(issuesOf(withAlphaRecommendation({ id: "alpha-x", owner: "hr" as "team" }))[0]?.path).toBe(
      "domains[0].recommendations.aware[0].owner",
    );
  });

  it("refuses a twin that is unknown, itself, in another domain, or worded the same way", () => {
    const items = (twin: string, reverse = true) => [
      buildItem({ id: "alpha-1", domain: "alpha", twin }),
      buildItem({ id: "alpha-2", domain: "alpha", reverse }),
      buildItem({ id: "beta-1", domain: "beta", reverse: true }),
      buildItem({ id: "beta-2", domain: "beta" }),
    ];
    expect(parseQuestionnaire(buildQuestionnaireInput({ items: items("alpha-2") })).ok).toBe(true);
    const message = (twin: string, reverse?: boolean) =>
      issuesOf(buildQuestionnaireInput({ items: items(twin, reverse) }))[0]?.message;
    expect(message("alpha-9")).toBe('unknown item "alpha-9"');
    expect(message("alpha-1")).toBe("an item cannot be its own twin");
    expect(message("beta-1")).toBe('twin "beta-1" is in another domain');
    expect(message("alpha-2", false)).toMatch(/exactly one of "alpha-1" and "alpha-2" must be reverse-worded/);
  });

  it("refuses minScoredDomains above the number of domains", () => {
    expect(issuesOf(buildQuestionnaireInput({ minScoredDomains: 3 }))).toEqual([
      { path: "minScoredDomains", message: "needs 3 scored domains but the questionnaire has 2" },
    ]);
  });

  it("accepts a separate don't-know answer and per-domain gap advice", () => {
    const q = buildQuestionnaireInput();
    const result = parseQuestionnaire({
      ...q,
      scale: { ...q.scale, dontKnow: { label: { nl: "Weet ik niet", en: "Don't know" } } },
      domains: [
        { ...buildDomain({ id: "alpha" }), gapAdvice: { nl: "Advies", en: "Advice" } },
        buildDomain({ id: "beta" }),
      ],
    });
    expect(result.ok).toBe(true);
  });

  it("refuses a source that is neither a readable id nor a seed-file id", () => {
    expect(issuesOf(withAlphaRecommendation({ id: "alpha-s", sources: ["Seed 001"] }))[0]?.path).toBe(
      "domains[0].recommendations.aware[0].sources[0]",
    );
  });
});
