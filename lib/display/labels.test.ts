import { describe, expect, it } from "vitest";
import { displayLabels } from "@/lib/display/labels";
import { buildDomain, buildItems, buildQuestionnaire, text } from "@/tests/factories/questionnaire";

const older = buildQuestionnaire({
  version: 1,
  domains: [buildDomain({ id: "alpha", name: text("Old alpha") }), buildDomain({ id: "gone" })],
  items: [...buildItems("alpha", 2), ...buildItems("gone", 2)],
});
const newer = buildQuestionnaire({
  version: 2,
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

describe("displayLabels", () => {
  it("names domains and levels in the page's language", () => {
    const en = displayLabels(newer, "en");
    const nl = displayLabels(newer, "nl");
    expect(en.domainName("beta")).toBe("Domain beta");
    expect(nl.domainName("beta")).toBe("Domain beta (nl)");
    expect(en.levelName("aware")).toBe("Level aware");
    expect(nl.levelName("aware")).toBe("Level aware (nl)");
  });

  it("gives a level's rank, lowest first", () => {
    expect(displayLabels(newer, "en").level("reactive")).toEqual({
      id: "reactive",
      name: "Level reactive",
      description: "General description of reactive",
      rank: 0,
    });
    expect(displayLabels(newer, "en").level("leading")?.rank).toBe(4);
  });

  it("falls back to the id for unknown ids and to nothing without a level", () => {
    const labels = displayLabels(newer, "en");
    expect(labels.domainName("unknown")).toBe("unknown");
    expect(labels.levelName("unknown")).toBe("unknown");
    expect(labels.level("unknown")).toEqual({ id: "unknown", name: "unknown", description: "", rank: -1 });
    expect(labels.levelName(null)).toBe("");
    expect(labels.level(undefined)).toBeNull();
  });

  it("uses a domain's own wording of a level where it has one", () => {
    const labels = displayLabels(newer, "en");
    expect(labels.domainLevel("alpha", "leading")).toMatchObject({
      name: "Alpha champion",
      description: "Alpha-specific leading",
      rank: 4,
    });
    expect(labels.domainLevel("alpha", "aware")).toMatchObject({
      name: "Level aware",
      description: "Alpha-specific aware",
    });
    expect(labels.domainLevel("alpha", "developing")).toEqual(labels.level("developing"));
    expect(labels.domainLevel("beta", "aware")).toEqual(labels.level("aware"));
    expect(labels.domainLevel("beta", null)).toBeNull();
  });

  it("prefers the first questionnaire and falls back to the next", () => {
    const labels = displayLabels([newer, older], "en");
    expect(labels.domainName("alpha")).toBe("Domain alpha");
    expect(labels.domainName("gone")).toBe("Domain gone");
  });

  it("works without a questionnaire (a version no longer shipped)", () => {
    const labels = displayLabels(undefined, "en");
    expect(labels.domainName("alpha")).toBe("alpha");
    expect(labels.levelName("aware")).toBe("aware");
  });
});
