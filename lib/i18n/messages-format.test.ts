import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { MESSAGE_FEATURES } from "@/lib/i18n/message-features";

/**
 * Every message is formatted the way next-intl does it (intl-messageformat, the ICU parser it depends on), with
 * values for all its arguments, and must leave no `{` or `}` behind: an ASCII apostrophe before `{` escapes the
 * placeholder, so "'{statement}'" prints "{statement}" (issue 18). Texts use ’ (U+2019) instead.
 */
const dir = join(process.cwd(), "lib/i18n/messages");
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), "utf8")) as Record<string, unknown>;
const LANGUAGES = ["nl", "en"] as const;
const files = ["", ...MESSAGE_FEATURES.map((feature) => `${feature}/`)];

function entries(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

const messages = files.flatMap((folder) =>
  LANGUAGES.flatMap((locale) =>
    entries(read(`${folder}${locale}.json`)).map(([key, text]) => ({
      id: `${folder}${locale}.json ${key}`,
      locale,
      text,
    })),
  ),
);

// Element types of @formatjs/icu-messageformat-parser (TYPE enum).
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

type Element = {
  type: number;
  value: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};
type Argument = { kind: "text" } | { kind: "number" } | { kind: "date" } | { kind: "select"; options: string[] };

/** The arguments a message uses, and the literal texts inside its plural and select branches. */
function walk(elements: Element[], args: Map<string, Argument>, branchTexts: string[], inBranch: boolean): void {
  for (const element of elements) {
    if (element.type === LITERAL && inBranch) branchTexts.push(element.value);
    if (element.type === ARGUMENT && !args.has(element.value)) args.set(element.value, { kind: "text" });
    if (element.type === NUMBER) args.set(element.value, { kind: "number" });
    if (element.type === DATE || element.type === TIME) args.set(element.value, { kind: "date" });
    if (element.type === PLURAL) args.set(element.value, { kind: "number" });
    if (element.type === SELECT) {
      args.set(element.value, { kind: "select", options: Object.keys(element.options ?? {}) });
    }
    if (element.type === TAG) {
      args.set(element.value, { kind: "text" });
      walk(element.children ?? [], args, branchTexts, inBranch);
    }
    for (const option of Object.values(element.options ?? {})) walk(option.value, args, branchTexts, true);
  }
}

/** One set of values per interesting case: each plural count and each select option, one at a time. */
function valueSets(args: Map<string, Argument>): Array<Record<string, unknown>> {
  const base: Record<string, unknown> = {};
  for (const [name, arg] of args) {
    base[name] =
      arg.kind === "number"
        ? 2
        : arg.kind === "date"
          ? new Date(2026, 0, 15)
          : arg.kind === "select"
            ? arg.options.find((o) => o !== "other")
            : `«${name}»`;
  }
  const sets = [base];
  for (const [name, arg] of args) {
    if (arg.kind === "number") for (const n of [0, 1, 5]) sets.push({ ...base, [name]: n });
    if (arg.kind === "select") for (const option of arg.options) sets.push({ ...base, [name]: option });
  }
  return sets;
}

// Rich-text tags (`<b>…</b>`) are rendered as their text.
const tagValues = (args: Map<string, Argument>, text: string) =>
  Object.fromEntries(
    [...args.keys()]
      .filter((name) => text.includes(`<${name}>`))
      .map((name) => [name, (chunks: unknown[]) => chunks.join("")]),
  );

describe("every message, formatted with all its arguments", () => {
  it("finds messages in every catalogue", () => {
    expect(messages.length).toBeGreaterThan(500);
  });

  it.each(messages)("$id leaves no placeholder unformatted", ({ locale, text }) => {
    const format = new IntlMessageFormat(text, locale);
    const args = new Map<string, Argument>();
    walk(format.getAst() as unknown as Element[], args, [], false);
    for (const values of valueSets(args)) {
      const output = String(format.format({ ...values, ...tagValues(args, text) }));
      expect(output, JSON.stringify(values)).not.toMatch(/[{}]/);
    }
  });

  it.each(messages)("$id uses no ASCII apostrophe where ICU reads it as an escape", ({ locale, text }) => {
    // Before `{`, `}` or `#`, an ASCII apostrophe starts quoted text.
    expect(text).not.toMatch(/'[{}#]/);
    const args = new Map<string, Argument>();
    const branchTexts: string[] = [];
    walk(new IntlMessageFormat(text, locale).getAst() as unknown as Element[], args, branchTexts, false);
    // Inside a plural or select branch any ASCII apostrophe is one edit away from swallowing the branch.
    for (const literal of branchTexts) expect(literal).not.toContain("'");
  });
});

it("the test itself catches an apostrophe that escapes a placeholder", () => {
  const text = "{domain}: '{statement}' ({answer})";
  const format = new IntlMessageFormat(text, "en");
  expect(String(format.format({ domain: "A", statement: "S", answer: "B" }))).toContain("{statement}");
  expect(text).toMatch(/'[{}#]/);
});

// "one answer more or less can move an domain by a level" (issue 18): the article before a plain consonant or
// vowel. (Not "u", "h", "o": a user, an hour, a one-line field.)
it.each(messages.filter((m) => m.locale === "en"))("$id uses a and an before the right letters", ({ text }) => {
  expect(text).not.toMatch(/\ban [bcdfgjklmnpqrstvwxz]/i);
  expect(text).not.toMatch(/\ba [aei]/i);
});
