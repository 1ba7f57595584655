import { describe, expect, it } from "vitest";
import { domainLevelText } from "@/lib/scoring/domain-level-text";
import { buildDomain, buildQuestionnaire, text } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire({
  domains: [
    buildDomain({
      id: "alpha",
      levels: {
        aware: { description: text("Alpha-specific aware") },
        leading: { name: text("Alpha champion"), description: text("Alpha-specific leading") },
      },
    }),
    buildDomain({ id: "beta" }),
  ],
});

describe("domainLevelText", () => {
  it("uses the domain's own name and description where both are given", () => {
    expect(domainLevelText(q, "alpha", "leading")).toEqual({
      name: text("Alpha champion"),
      description: text("Alpha-specific leading"),
    });
  });

  it("falls back to the general name when only a description is given", () => {
    expect(domainLevelText(q, "alpha", "aware")).toEqual({
      name: text("Level aware"),
      description: text("Alpha-specific aware"),
    });
  });

  it("falls back to the general level when the domain has no wording for it", () => {
    expect(domainLevelText(q, "alpha", "developing")).toEqual({
      name: text("Level developing"),
      description: text("General description of developing"),
    });
    expect(domainLevelText(q, "beta", "leading").description).toEqual(text("General description of leading"));
  });

  it("refuses unknown domains and levels", () => {
    expect(() => domainLevelText(q, "gamma", "aware")).toThrow(/unknown domain "gamma"/);
    expect(() => domainLevelText(q, "alpha", "expert")).toThrow(/unknown level "expert"/);
  });
});
