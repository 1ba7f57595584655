import { describe, expect, it } from "vitest";
import { nameKey } from "@/lib/clients/name-key";

describe("nameKey", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(nameKey("  Émile   Café ")).toBe("emile cafe");
    expect(nameKey("de Vries")).toBe(nameKey("De Vries"));
  });
  it("sorts Dutch names the way people expect", () => {
    const names = ["Zorggroep", "de Vries", "Bakker", "Élan", "aannemer"];
    expect([...names].sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : 1))).toEqual([
      "aannemer",
      "Bakker",
      "de Vries",
      "Élan",
      "Zorggroep",
    ]);
  });
  it("never produces LIKE wildcards", () => {
    expect(nameKey("100% Data_Lab")).not.toMatch(/[%_]/);
    expect(nameKey("%")).not.toBe(nameKey("_"));
  });
});
