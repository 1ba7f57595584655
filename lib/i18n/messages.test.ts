import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGE_FEATURES } from "@/lib/i18n/message-features";

const dir = join(process.cwd(), "lib/i18n/messages");
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), "utf8")) as Record<string, unknown>;
const catalogues = [
  { name: "core", nl: read("nl.json"), en: read("en.json") },
  ...MESSAGE_FEATURES.map((feature) => ({
    name: feature,
    nl: read(`${feature}/nl.json`),
    en: read(`${feature}/en.json`),
  })),
];

function entries(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  if (typeof value !== "object" || value === null) return [[prefix, String(value)]];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}
// An argument is `{name}` or `{name, plural, …}`; the words that open a plural branch (`{No …}`) are not.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

describe.each(catalogues)("message catalogue $name", ({ nl, en }) => {
  it("has the same keys in Dutch and English", () => {
    expect(
      entries(nl)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      entries(en)
        .map(([k]) => k)
        .sort(),
    );
  });
  it("has no empty texts", () => {
    for (const [key, text] of [...entries(nl), ...entries(en)]) expect(text.trim(), key).not.toBe("");
  });
  it("uses the same placeholders in both languages", () => {
    const english = new Map(entries(en));
    for (const [key, text] of entries(nl))
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ""));
  });
});

it("feature catalogues never redefine another catalogue's top-level namespace", () => {
  const owners = new Map<string, string>();
  for (const { name, nl } of catalogues) {
    for (const namespace of Object.keys(nl)) {
      expect(owners.get(namespace), `"${namespace}" in ${name}`).toBeUndefined();
      owners.set(namespace, name);
    }
  }
});
