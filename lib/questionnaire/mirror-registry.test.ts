import { describe, expect, it } from "vitest";
import {
  createMirrorQuestionnaireRegistry,
  getLatestMirrorQuestionnaire,
  getMirrorQuestionnaire,
} from "@/lib/questionnaire/mirror-registry";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import mirrorV1 from "@/questionnaires/klantkompas-mirror.v1.json";

const clone = (): typeof mirrorV1 => structuredClone(mirrorV1);

describe("mirror questionnaire registry", () => {
  it("serves the shipped mirror, paired with full v3", () => {
    const latest = getLatestMirrorQuestionnaire();
    expect(latest.kind).toBe("mirror");
    expect(latest.pairsWith).toEqual({ id: "klantkompas-full", version: 3 });
    expect(getMirrorQuestionnaire(latest.id, latest.version)).toBe(latest);
    expect(getMirrorQuestionnaire(latest.id, 99)).toBeUndefined();
  });

  it("has 15–20 statements, every domain of the paired scan, nl and en", () => {
    const q = getLatestMirrorQuestionnaire();
    const full = getQuestionnaire(q.pairsWith.id, q.pairsWith.version);
    expect(q.items.length).toBeGreaterThanOrEqual(15);
    expect(q.items.length).toBeLessThanOrEqual(20);
    expect(q.domains.map((d) => d.id).sort()).toEqual(full?.domains.map((d) => d.id).sort());
    for (const domain of q.domains) {
      expect(q.items.filter((i) => i.domain === domain.id).length).toBeGreaterThanOrEqual(2);
    }
    expect(q.scale.points.map((p) => p.label.nl)).toEqual(["Nooit", "Zelden", "Soms", "Vaak", "Altijd"]);
    expect(q.appreciation.open.maxLength).toBe(500);
  });

  it("picks the newest version as the latest", () => {
    const v2 = { ...clone(), version: 2 };
    const registry = createMirrorQuestionnaireRegistry([
      { file: "m.v1.json", data: clone() },
      { file: "m.v2.json", data: v2 },
    ]);
    expect(registry.latest().version).toBe(2);
    expect(registry.get("klantkompas-mirror", 1)?.version).toBe(1);
  });

  it("refuses a broken file loudly, naming the file, the path and the problem", () => {
    const broken = clone();
    const first = broken.items[0];
    if (first) first.mirrors = ["culture-customer-first"];
    expect(() => createMirrorQuestionnaireRegistry([{ file: "broken.json", data: broken }])).toThrow(
      /broken\.json at items\[0\]\.mirrors\[0\]: "culture-customer-first" is in domain "culture", not "leadership"/,
    );
  });

  it("refuses a file whose paired scan is unknown", () => {
    const broken = { ...clone(), pairsWith: { id: "klantkompas-full", version: 42 } };
    expect(() => createMirrorQuestionnaireRegistry([{ file: "x.json", data: broken }])).toThrow(/x\.json at pairsWith/);
  });

  it("fails clearly when no mirror is registered", () => {
    expect(() => createMirrorQuestionnaireRegistry([]).latest()).toThrow(/No mirror questionnaire/);
  });
});
