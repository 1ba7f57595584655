import { describe, expect, it } from "vitest";
import { weakestDomain } from "@/lib/history/weakest-domain";

describe("weakestDomain", () => {
  it("is the lowest scored domain, ignoring unscored ones", () => {
    expect(
      weakestDomain([
        { domainId: "a", score: 40 },
        { domainId: "b", score: null },
        { domainId: "c", score: 35.5 },
      ]),
    ).toBe("c");
  });

  it("breaks ties by questionnaire order, then by id", () => {
    const tied = [
      { domainId: "culture", score: 30 },
      { domainId: "leadership", score: 30 },
    ];
    expect(weakestDomain(tied, ["leadership", "culture"])).toBe("leadership");
    expect(weakestDomain(tied, ["culture", "leadership"])).toBe("culture");
    expect(weakestDomain(tied)).toBe("culture");
  });

  it("is null when nothing was scored", () => {
    expect(weakestDomain([{ domainId: "a", score: null }])).toBeNull();
    expect(weakestDomain([])).toBeNull();
  });
});
