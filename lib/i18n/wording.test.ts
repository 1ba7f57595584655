import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGE_FEATURES } from "@/lib/i18n/message-features";

/**
 * One Dutch word per meaning (docs/glossary.md, "Words in the interface"): answers are *ingeleverd*, mail is
 * *verzonden*, an action is *afgerond*, a respondent continues with their *privélink*. Each rule below names a
 * word (or a word in the wrong place) that must not appear in any Dutch catalogue, and what to write instead.
 */
const dir = join(process.cwd(), "lib/i18n/messages");
const files = ["nl.json", ...MESSAGE_FEATURES.map((feature) => `${feature}/nl.json`)];

function entries(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

const texts = files.flatMap((file) =>
  entries(JSON.parse(readFileSync(join(dir, file), "utf8"))).map(([key, text]) => ({ where: `${file} ${key}`, text })),
);

const BANNED: ReadonlyArray<{ pattern: RegExp; instead: string }> = [
  { pattern: /verstu(u)?r/i, instead: "answers: inleveren / ingeleverd; mail: verzenden / verzonden" },
  { pattern: /ingedien|indienen/i, instead: "inleveren / ingeleverd" },
  {
    pattern: /(afgeronde|onafgeronde)\s+(scans?|reacties?)/i,
    instead: "ingeleverde scan / reactie (afgerond is for actions)",
  },
  { pattern: /ingevulde\s+(scans?|reacties?)/i, instead: "ingeleverde scan / reactie" },
  {
    pattern: /\b(antwoorden|reacties?|scans?)\s+(is|zijn|wordt|worden|niet|al)\s+(\w+\s+)?verz(o|e)nd/i,
    instead: "ingeleverd (verzonden is for mail)",
  },
  {
    pattern:
      /\b(e-?mails?|uitnodigingen|uitnodiging|herinneringen|herinnering)\s+(is|zijn|wordt|worden|niet)\s+ingeleverd/i,
    instead: "verzonden (ingeleverd is for answers)",
  },
  { pattern: /persoonlijke link om (later )?verder/i, instead: "privélink (a personal link is a round invitation)" },
];

describe("Dutch wording: one word per meaning", () => {
  it("finds the Dutch texts", () => {
    expect(texts.length).toBeGreaterThan(300);
  });
  it.each(BANNED)("never uses $pattern (instead: $instead)", ({ pattern }) => {
    expect(texts.filter(({ text }) => pattern.test(text)).map(({ where }) => where)).toEqual([]);
  });
  it("the rules catch the words they are meant for", () => {
    const caught = (text: string) => BANNED.some(({ pattern }) => pattern.test(text));
    expect(caught("Verstuurd")).toBe(true);
    expect(caught("De ronde heeft nog geen 5 ingediende reacties")).toBe(true);
    expect(caught("Je antwoorden zijn verzonden.")).toBe(true);
    expect(caught("De uitnodiging is ingeleverd.")).toBe(true);
    expect(caught("Nog geen afgeronde scans.")).toBe(true);
    expect(caught("Ingeleverd")).toBe(false);
    expect(caught("Uitnodiging verzonden naar {email}.")).toBe(false);
    expect(caught("Geen acties afgerond")).toBe(false);
  });
});
