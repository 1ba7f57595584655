import { describe, expect, it } from "vitest";
import { createQuestionnaireRegistry, getLatestByKind, listQuestionnaires } from "@/lib/questionnaire/registry";
import { buildQuestionnaire } from "@/tests/factories/questionnaire";

describe("questionnaire registry", () => {
  const v1 = buildQuestionnaire({ id: "scan", version: 1 });
  const v2 = buildQuestionnaire({ id: "scan", version: 2, estimatedMinutes: 7 });
  const registry = createQuestionnaireRegistry([
    { file: "scan.v1.json", data: v1 },
    { file: "scan.v2.json", data: v2 },
  ]);

  it("starts new scans on the newest version", () => {
    expect(registry.latest("scan")?.version).toBe(2);
  });

  it("keeps serving the version a scan was started with after a newer one is added", () => {
    expect(registry.get("scan", 1)?.version).toBe(1);
    expect(registry.get("scan", 1)?.estimatedMinutes).toBe(v1.estimatedMinutes);
    expect(registry.get("scan", 3)).toBeUndefined();
  });

  it("refuses a broken file, naming it", () => {
    expect(() => createQuestionnaireRegistry([{ file: "broken.json", data: { ...v1, items: [] } }])).toThrow(
      /broken\.json/,
    );
  });

  it("ships a valid full and quick scan", () => {
    const kinds = listQuestionnaires().map((q) => q.kind);
    expect(kinds).toContain("full");
    expect(kinds).toContain("quick");
  });

  it("starts new scans of both kinds on v3", () => {
    expect(getLatestByKind("full")?.version).toBe(3);
    expect(getLatestByKind("quick")?.version).toBe(3);
  });
});
