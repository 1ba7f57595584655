import { describe, expect, it } from "vitest";
import { parseMirrorQuestionnaire } from "@/lib/questionnaire/mirror-validate";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import mirrorV1 from "@/questionnaires/klantkompas-mirror.v1.json";

type MirrorFile = typeof mirrorV1;
const clone = (): MirrorFile => structuredClone(mirrorV1);

function issuesOf(raw: unknown) {
  const result = parseMirrorQuestionnaire(raw, getQuestionnaire);
  return result.ok ? [] : result.issues;
}
const messages = (raw: unknown) => issuesOf(raw).map((i) => `${i.path}: ${i.message}`);

describe("mirror questionnaire checks", () => {
  it("passes the shipped mirror", () => {
    expect(messages(clone())).toEqual([]);
  });

  it("refuses a mirrors id that does not exist in the paired scan", () => {
    const q = clone();
    q.items[2] = { ...(q.items[2] as MirrorFile["items"][number]), mirrors: ["culture-nowhere"] };
    expect(messages(q)).toContain('items[2].mirrors[0]: "culture-nowhere" is not an item of klantkompas-full v3');
  });

  it("refuses a mirrors id from another domain", () => {
    const q = clone();
    q.items[2] = { ...(q.items[2] as MirrorFile["items"][number]), mirrors: ["processes-aftercare"] };
    expect(messages(q)).toContain('items[2].mirrors[0]: "processes-aftercare" is in domain "processes", not "culture"');
  });

  it("requires every domain of the paired scan", () => {
    const q = clone();
    q.domains = q.domains.filter((d) => d.id !== "hr");
    q.items = q.items.filter((i) => i.domain !== "hr");
    expect(messages(q)).toContain('domains: domain "hr" of klantkompas-full v3 is missing');
  });

  it("refuses a domain that is not in the paired scan, and an item in an unknown domain", () => {
    const q = clone();
    q.domains.push({ id: "finance", outsideVisibility: "clear" } as MirrorFile["domains"][number]);
    q.items[0] = { ...(q.items[0] as MirrorFile["items"][number]), domain: "pricing" };
    const found = messages(q);
    expect(found).toContain('domains[6].id: "finance" is not a domain of klantkompas-full v3');
    expect(found).toContain('items[0].domain: unknown domain "pricing"');
  });

  it("needs two statements in a clear domain, but accepts fewer in a limited one with a note", () => {
    const q = clone();
    const culture = q.items.filter((i) => i.domain === "culture");
    q.items = [...q.items.filter((i) => i.domain !== "culture"), ...culture.slice(0, 1)];
    expect(messages(q)).toContain(
      'domains[1]: "culture" is clearly visible from outside but has 1 statement(s); it needs 2 (or mark it "limited" with a note)',
    );
    const hr = clone();
    hr.items = hr.items.filter((i) => i.id !== "mirror-hr-glad-to-help");
    expect(messages(hr)).toEqual([]);
  });

  it("requires a note on a limited domain, and none on a clear one", () => {
    const q = clone();
    q.domains = q.domains.map((d) =>
      d.id === "hr"
        ? { id: d.id, outsideVisibility: d.outsideVisibility }
        : d.id === "culture"
          ? { ...d, note: { nl: "x", en: "x" } }
          : d,
    );
    const found = messages(q);
    expect(found).toContain('domains[5].note: "hr" is "limited": say why customers cannot see it well');
    expect(found).toContain('domains[1].note: "culture" is "clear": a note is only for "limited" domains');
  });

  it("refuses duplicate ids", () => {
    const q = clone();
    q.items.push({ ...(q.items[0] as MirrorFile["items"][number]) });
    expect(messages(q)).toContain(`items[20].id: duplicate item id "${q.items[0]?.id}" (also at items[0])`);
  });

  it("refuses a scale other than 1..5, and one without don't know", () => {
    const q = clone();
    q.scale = { ...q.scale, points: q.scale.points.slice(0, 4) };
    const { dontKnow: _dropped, ...withoutDontKnow } = clone().scale;
    expect(messages(q)).toContain("scale.points: values must be 1, 2, 3, 4, 5, got 1, 2, 3, 4");
    expect(messages({ ...clone(), scale: withoutDontKnow })).toContain(
      'scale.dontKnow: a mirror needs a "don\'t know" answer',
    );
  });

  it("refuses an unknown source and a statement that says how often itself", () => {
    const q = clone();
    const first = q.items[0] as MirrorFile["items"][number];
    q.items[0] = { ...first, sources: ["made-up"], statement: { ...first.statement, en: "They always answer." } };
    const found = messages(q);
    expect(found).toContain('items[0].sources: "made-up" is not an id in sources.json');
    expect(found.some((m) => m.startsWith("items[0].statement.en:") && m.includes('"always"'))).toBe(true);
  });

  it("needs the organisation placeholder in the open question", () => {
    const q = clone();
    q.appreciation.open.question.nl = "Wat moeten ze beter doen?";
    expect(messages(q)).toContain(
      "appreciation.open.question.nl: the open question names the organisation: it must contain {organisation}",
    );
  });

  it("refuses a mirror of a quick scan", () => {
    const q = { ...clone(), pairsWith: { id: "klantkompas-quick", version: 3 } };
    expect(messages(q)).toEqual(['pairsWith: pairs with "klantkompas-quick" v3, a quick scan: pair with a full scan']);
  });

  it("refuses unknown fields and a wrong kind (zod)", () => {
    expect(messages({ ...clone(), kind: "full" })[0]).toMatch(/^kind:/);
    expect(messages({ ...clone(), extra: 1 }).join()).toMatch(/extra/);
  });
});
