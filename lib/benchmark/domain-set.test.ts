import { describe, expect, it } from "vitest";
import { benchmarkSets, domainSetKey, domainsOfSet, setId } from "@/lib/benchmark/domain-set";

describe("benchmark sets", () => {
  it("keys a domain set by its sorted ids, whatever the order", () => {
    expect(domainSetKey(["culture", "leadership", "hr"])).toBe("culture,hr,leadership");
    expect(domainSetKey(["hr", "culture", "leadership", "hr"])).toBe("culture,hr,leadership");
    expect(domainsOfSet("culture,hr")).toEqual(["culture", "hr"]);
    expect(domainsOfSet("")).toEqual([]);
  });

  it("joins versions with the same domains and splits a version that changed them", () => {
    const d = (...ids: string[]) => ids.map((id) => ({ id }));
    expect(
      benchmarkSets([
        { id: "full", version: 2, domains: d("a", "b") },
        { id: "full", version: 1, domains: d("b", "a") },
        { id: "full", version: 3, domains: d("a", "b", "c") },
        { id: "quick", version: 1, domains: d("a", "b") },
      ]),
    ).toEqual([
      { questionnaireId: "full", domainSetKey: "a,b", versions: [1, 2] },
      { questionnaireId: "full", domainSetKey: "a,b,c", versions: [3] },
      { questionnaireId: "quick", domainSetKey: "a,b", versions: [1] },
    ]);
    expect(setId({ questionnaireId: "full", domainSetKey: "a,b", scanKind: "team" })).toBe("full|a,b|team");
  });
});
