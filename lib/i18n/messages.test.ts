import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import nl from "./messages/nl.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

describe("message catalogues", () => {
  it("have the same keys in Dutch and English", () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });
  it("have no empty texts", () => {
    for (const text of [...leaves(nl), ...leaves(en)]) expect(text.trim()).not.toBe("");
  });
  it("use the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    const nlKeys = keys(nl);
    for (const key of nlKeys) {
      const pick = (catalogue: unknown) =>
        key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;
      expect(placeholders(pick(nl)), key).toEqual(placeholders(pick(en)));
    }
  });
});
