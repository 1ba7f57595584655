import { describe, expect, it } from "vitest";
import { rankDomainsForMirror } from "@/lib/mirror/rank-plan";
import type { MirrorDomain } from "@/lib/mirror/types";

function domain(domainId: string, gap: number | null): MirrorDomain {
  const label = gap === null ? null : gap >= 15 ? "blind-spot" : gap <= -15 ? "hidden-strength" : "aligned";
  return {
    domainId,
    respondents: 8,
    shown: gap !== null,
    score: gap === null ? null : 50,
    inside: gap === null ? null : 50 + gap,
    insideRespondents: gap === null ? null : 1,
    gap,
    label,
    limitedVisibility: false,
  };
}

describe("rankDomainsForMirror", () => {
  it("puts blind spots first, largest gap first, then the rest in the given order", () => {
    const domains = [domain("a", 5), domain("b", 20), domain("c", -30), domain("d", 40), domain("e", null)];
    expect(rankDomainsForMirror(["a", "b", "c", "d", "e", "f"], domains)).toEqual([
      { domainId: "d", reason: "blind-spot", gap: 40 },
      { domainId: "b", reason: "blind-spot", gap: 20 },
      { domainId: "a", reason: "aligned", gap: 5 },
      { domainId: "c", reason: "hidden-strength", gap: -30 },
      { domainId: "e", reason: "not-compared", gap: null },
      { domainId: "f", reason: "not-compared", gap: null },
    ]);
  });

  it("keeps the given order between blind spots with the same gap, and each domain once", () => {
    const domains = [domain("x", 15), domain("y", 15)];
    expect(rankDomainsForMirror(["y", "x", "y"], domains).map((r) => r.domainId)).toEqual(["y", "x"]);
  });

  it("changes nothing without blind spots", () => {
    expect(rankDomainsForMirror(["p", "q"], [domain("p", -20), domain("q", 0)]).map((r) => r.domainId)).toEqual([
      "p",
      "q",
    ]);
  });
});
