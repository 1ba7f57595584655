import { describe, expect, it } from "vitest";
import { pairStatements } from "@/lib/mirror/pair-statements";
import { fillOrganisation, ORGANISATION_PLACEHOLDER } from "@/lib/mirror/wording";
import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import { ORGANISATION_PLACEHOLDER as CHECKED_PLACEHOLDER } from "@/lib/questionnaire/mirror-validate";
import { getQuestionnaire } from "@/lib/questionnaire/registry";

describe("fillOrganisation", () => {
  it("replaces every literal placeholder and interprets nothing else", () => {
    expect(fillOrganisation("Wat moet {organisation} beter doen? {organisation}!", "Bakkerij ’t Hoekje {1}")).toBe(
      "Wat moet Bakkerij ’t Hoekje {1} beter doen? Bakkerij ’t Hoekje {1}!",
    );
    expect(fillOrganisation("No placeholder", "X")).toBe("No placeholder");
  });

  it("fills the placeholder the questionnaire checks require", () => {
    expect(ORGANISATION_PLACEHOLDER).toBe(CHECKED_PLACEHOLDER);
  });

  it("fills the shipped appreciation questions", () => {
    const { appreciation } = getLatestMirrorQuestionnaire();
    expect(fillOrganisation(appreciation.open.question.nl, "Acme")).toContain("Acme");
    expect(fillOrganisation(appreciation.nps.question.en, "Acme")).not.toContain("{organisation}");
  });
});

describe("pairStatements", () => {
  it("puts each customer statement beside the internal statements it mirrors", () => {
    const mirror = getLatestMirrorQuestionnaire();
    const full = getQuestionnaire(mirror.pairsWith.id, mirror.pairsWith.version);
    if (!full) throw new Error("paired scan missing");
    const pairs = pairStatements(mirror, full);
    expect(pairs.map((p) => p.mirror.id)).toEqual(mirror.items.map((i) => i.id));
    for (const pair of pairs) {
      expect(pair.internal.map((i) => i.id)).toEqual(pair.mirror.mirrors);
      expect(pair.internal.every((i) => i.domain === pair.domainId)).toBe(true);
    }
  });

  it("leaves out ids the given scan does not have", () => {
    const mirror = getLatestMirrorQuestionnaire();
    const full = getQuestionnaire(mirror.pairsWith.id, mirror.pairsWith.version);
    if (!full) throw new Error("paired scan missing");
    const first = mirror.items[0];
    if (!first) throw new Error("no items");
    const trimmed = { ...full, items: full.items.filter((i) => i.id !== first.mirrors[0]) };
    expect(pairStatements(mirror, trimmed)[0]?.internal.map((i) => i.id)).toEqual(first.mirrors.slice(1));
  });
});
