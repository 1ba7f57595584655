import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { scanFacts } from "@/lib/questionnaire/scan-facts";
import { buildDomain, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

describe("scanFacts", () => {
  it("counts statements per domain: one number when every domain has as many", () => {
    const q = buildQuestionnaire({
      estimatedMinutes: 7,
      domains: [buildDomain({ id: "a" }), buildDomain({ id: "b" })],
      items: [...buildItems("a", 3), ...buildItems("b", 3)],
    });
    expect(scanFacts(q)).toEqual({ items: 6, minutes: 7, spread: "same", min: 3, max: 3 });
  });

  it("gives the lowest and highest when domains differ", () => {
    const q = buildQuestionnaire({
      domains: [buildDomain({ id: "a" }), buildDomain({ id: "b" })],
      items: [...buildItems("a", 2), ...buildItems("b", 5)],
    });
    expect(scanFacts(q)).toMatchObject({ items: 7, spread: "range", min: 2, max: 5 });
  });

  it("agrees with the current quick and full scans", () => {
    for (const kind of ["quick", "full"] as const) {
      const q = getLatestByKind(kind);
      if (!q) throw new Error(`no ${kind} scan`);
      const facts = scanFacts(q);
      expect(facts.items).toBe(q.items.length);
      expect(facts.min * q.domains.length).toBeLessThanOrEqual(facts.items);
      expect(facts.max * q.domains.length).toBeGreaterThanOrEqual(facts.items);
    }
  });
});

// The landing page's scan cards state numbers only through scanFacts: their texts name no count of their own,
// so "two statements per domain … five minutes" cannot stand beside "18 statements · about 6 minutes" again.
describe("landing copy", () => {
  const NUMBER_WORDS =
    /\d|\b(een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|a few|two|three|four|five|six|seven|eight|nine|ten)\b/i;
  for (const locale of ["nl", "en"]) {
    it(`${locale}: the scan cards state no count of their own`, () => {
      const catalogue = JSON.parse(readFileSync(join(process.cwd(), `lib/i18n/messages/${locale}.json`), "utf8"));
      for (const kind of ["quick", "full"]) {
        expect(catalogue.landing.scan[kind].text, kind).not.toMatch(NUMBER_WORDS);
      }
      expect(catalogue.landing.scanFacts).toMatch(/\{items\}.*\{min\}.*\{minutes\}/);
    });
  }
});
