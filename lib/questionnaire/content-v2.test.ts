import { describe, expect, it } from "vitest";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { SOURCES, unknownCitations } from "@/lib/questionnaire/sources";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import { scoreResponse } from "@/lib/scoring/score-response";

function load(id: string): Questionnaire {
  const q = getQuestionnaire(id, 2);
  if (!q) throw new Error(`${id} v2 is not registered`);
  return q;
}
const full = load("klantkompas-full");
const quick = load("klantkompas-quick");
const both = [full, quick];
const recommendationsOf = (q: Questionnaire) => q.domains.flatMap((d) => Object.values(d.recommendations).flat());

describe("v2 content", () => {
  it("cites a readable source from sources.json for every statement and recommendation", () => {
    const readable = new Set(SOURCES.map((s) => s.id));
    for (const q of both) {
      expect(unknownCitations(q)).toEqual([]);
      for (const cited of [...q.items, ...recommendationsOf(q)]) {
        expect(cited.sources.length).toBeGreaterThan(0);
        for (const source of cited.sources) expect(readable, `${source}`).toContain(source);
      }
    }
  });

  it("uses every source in sources.json, with unique ids", () => {
    const cited = new Set([...full.items, ...recommendationsOf(full)].flatMap((c) => c.sources));
    expect([...cited].sort()).toEqual(SOURCES.map((s) => s.id).sort());
    expect(new Set(SOURCES.map((s) => s.seedFile)).size).toBe(SOURCES.length);
  });

  it("repeats no statement text, in either language", () => {
    for (const locale of ["nl", "en"] as const) {
      const texts = full.items.map((item) => item.statement[locale].toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it("addresses only statements of the recommendation's own domain, in every recommendation of the full scan", () => {
    for (const domain of full.domains) {
      for (const r of Object.values(domain.recommendations).flat()) {
        expect(r.addresses?.length, r.id).toBeGreaterThan(0);
        for (const itemId of r.addresses ?? []) {
          expect(full.items.find((item) => item.id === itemId)?.domain, `${r.id} → ${itemId}`).toBe(domain.id);
        }
      }
    }
  });

  it("gives every recommendation a first step, an owner, a start this month and customer evidence", () => {
    for (const r of recommendationsOf(full)) {
      expect(r.firstStep, r.id).toBeDefined();
      expect(["board", "manager", "team"], r.id).toContain(r.owner);
      expect(r.thisMonth, r.id).toBeDefined();
      expect(r.evidence, r.id).toBeDefined();
    }
  });

  it("asks no action twice: titles and first steps are unique", () => {
    for (const locale of ["nl", "en"] as const) {
      const titles = recommendationsOf(full).map((r) => r.title[locale]);
      const steps = recommendationsOf(full).map((r) => r.firstStep?.[locale]);
      expect(new Set(titles).size).toBe(titles.length);
      expect(new Set(steps).size).toBe(steps.length);
    }
  });

  it("words reverse items plainly, each with a plain twin", () => {
    const reverse = full.items.filter((item) => item.reverse);
    expect(reverse.length).toBeGreaterThan(0);
    expect(reverse.length).toBeLessThanOrEqual(4);
    for (const item of reverse) {
      expect(
        full.items.some((other) => other.twin === item.id || item.twin === other.id),
        item.id,
      ).toBe(true);
      expect(item.statement.nl).not.toMatch(/\bniet\b.*\bniet\b|\bgeen\b.*\bniet\b/);
    }
  });

  it("explains for every domain what a perception gap between management and employees means", () => {
    for (const q of both) for (const d of q.domains) expect(d.gapAdvice, d.id).toBeDefined();
  });

  it("builds the quick scan from three statements per domain of the full scan, none reverse-worded", () => {
    for (const domain of quick.domains) {
      const items = quick.items.filter((item) => item.domain === domain.id);
      expect(items, domain.id).toHaveLength(3);
      for (const item of items) {
        const original = full.items.find((candidate) => candidate.id === item.id);
        expect(original, item.id).toBeDefined();
        expect(item.statement).toEqual(original?.statement);
        expect(item.domain).toBe(original?.domain);
        expect(item.reverse).toBe(false);
      }
    }
    expect(quick.domains.map((d) => d.id)).toEqual(full.domains.map((d) => d.id));
  });

  it("needs 5 of 6 domains for an overall score, and two of three statements for a quick-scan domain", () => {
    for (const q of both) expect(q.minScoredDomains).toBe(5);
    const oneOfThree = quick.items.filter((_, i) => i % 3 === 0).map((item) => [item.id, 4]);
    const twoOfThree = quick.items.filter((_, i) => i % 3 !== 2).map((item) => [item.id, 4]);
    expect(scoreResponse(quick, answersFromRecord(Object.fromEntries(oneOfThree))).overall.status).toBe("insufficient");
    expect(scoreResponse(quick, answersFromRecord(Object.fromEntries(twoOfThree))).overall.status).toBe("scored");
  });

  it("offers 'don't know' and 'not applicable' as two answers", () => {
    for (const q of both) {
      expect(q.scale.dontKnow?.label.en).toBe("Don't know");
      expect(q.scale.notApplicable?.label.en).toBe("Not applicable");
    }
  });
});

describe("v2 levels mean what the answers say", () => {
  // The words of each answer that the description of the level it leads to repeats.
  const ANCHOR_WORDS: Record<string, { nl: string[]; en: string[] }> = {
    reactive: { nl: ["niet"], en: ["not"] },
    aware: { nl: ["hier en daar", "ad hoc"], en: ["here and there", "ad hoc"] },
    developing: { nl: ["ongeveer de helft", "nog geen gewoonte"], en: ["about half", "not yet a habit"] },
    established: { nl: ["grootste deel", "zo werken we"], en: ["most of the organisation", "how we work"] },
    leading: { nl: ["overal", "controleren en verbeteren"], en: ["everywhere", "check and improve"] },
  };

  it("puts each answer, given everywhere, on the level whose description uses its words", () => {
    for (const q of both) {
      q.scale.points.forEach((point, index) => {
        const level = q.levels[index];
        if (!level) throw new Error("a level per scale point");
        // The typical answer k on every statement: reverse-worded ones get the mirrored answer.
        const answers = q.items.map((item) => ({
          itemId: item.id,
          value: item.reverse ? 6 - point.value : point.value,
        }));
        const result = scoreResponse(q, answers);
        expect(result.overall.level, `${q.id} answer ${point.value}`).toBe(level.id);
        for (const d of result.domains) expect(d.level).toBe(level.id);
        for (const locale of ["nl", "en"] as const) {
          for (const words of ANCHOR_WORDS[level.id]?.[locale] ?? []) {
            expect(point.label[locale].toLowerCase()).toContain(words);
            expect(level.description[locale].toLowerCase()).toContain(words);
          }
        }
      });
    }
  });

  it("gives the middle answer everywhere (also on reverse-worded statements) the level 'developing', at 50", () => {
    for (const q of both) {
      const result = scoreResponse(
        q,
        q.items.map((item) => ({ itemId: item.id, value: 3 })),
      );
      expect(result.overall).toMatchObject({ status: "scored", score: 50, level: "developing" });
    }
  });

  it("centres each band on its answer: a mean rounds to the answer of its level", () => {
    expect(full.levels.map((l) => [l.from, l.to])).toEqual([
      [0, 12.5],
      [12.5, 37.5],
      [37.5, 62.5],
      [62.5, 87.5],
      [87.5, 100],
    ]);
  });
});
