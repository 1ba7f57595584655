import { describe, expect, it } from "vitest";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { scopedScale } from "@/lib/questionnaire/scope-wording";

describe("scopedScale", () => {
  const v2 = getQuestionnaire("klantkompas-full", 2);
  const v3 = getQuestionnaire("klantkompas-full", 3);

  it("keeps the plain scale, without an instruction, for a questionnaire without scopes (v2)", () => {
    if (!v2) throw new Error("v2 missing");
    for (const scope of ["organisation", "team"] as const) {
      expect(scopedScale(v2, scope)).toEqual({ points: v2.scale.points });
    }
  });

  it("words the scale and the instruction per scope from v3 on", () => {
    if (!v3?.scopes) throw new Error("v3 scopes missing");
    const team = scopedScale(v3, "team");
    expect(team.instruction).toEqual(v3.scopes.team.instruction);
    expect(team.points.map((p) => p.value)).toEqual(v3.scale.points.map((p) => p.value));
    expect(team.points.map((p) => p.label)).toEqual(v3.scopes.team.points);
    expect(scopedScale(v3, "organisation").points.map((p) => p.label)).toEqual(v3.scopes.organisation.points);
    expect(team.points[4]?.label.en).not.toBe(scopedScale(v3, "organisation").points[4]?.label.en);
  });
});
