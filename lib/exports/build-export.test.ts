import { describe, expect, it } from "vitest";
import { buildExport } from "@/lib/exports/build-export";
import type { ExportData } from "@/lib/exports/types";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { exportQuerySchema } from "@/lib/schemas/export";
import { buildExportScan } from "@/tests/factories/export-scan";

const quick = getLatestByKind("quick");
const item = quick?.items[0];
if (!quick || !item) throw new Error("quick scan missing");

const data: ExportData = {
  client: {
    id: "c1",
    name: "Bakkerij Van der Heijden",
    sector: "retail",
    sizeBand: "50-249",
    notes: "=notitie",
    archivedAt: null,
  },
  scans: [
    buildExportScan(quick, {
      overallScore: 54.17,
      domainScores: [{ domainId: "leadership", score: 62.5, level: "established" }],
      answers: [{ itemId: item.id, value: 4 }],
    }),
  ],
};
const now = new Date("2026-11-23T12:00:00Z");

describe("buildExport", () => {
  it("serialises CSV with its content type and file name", () => {
    const file = buildExport({ data, kind: "assessments", format: "csv", locale: "nl", now });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toBe("klantkompas-bakkerij-van-der-heijden-assessments-2026-11-23.csv");
    expect(file.body.startsWith("\uFEFFassessment_id;started_at;")).toBe(true);
    expect(file.body).toContain(";54,2;developing;62,5;established;");
  });

  it("serialises JSON with the client and unrounded numbers under the kind's key", () => {
    const file = buildExport({ data, kind: "answers", format: "json", locale: "en", now });
    expect(file.contentType).toBe("application/json; charset=utf-8");
    expect(file.fileName.endsWith("-answers-2026-11-23.json")).toBe(true);
    const body = JSON.parse(file.body);
    expect(body.exported_at).toBe("2026-11-23T12:00:00Z");
    expect(body.client).toEqual({
      id: "c1",
      name: "Bakkerij Van der Heijden",
      sector: "retail",
      size_band: "50-249",
      notes: "=notitie",
      archived_at: null,
    });
    expect(body.answers).toEqual([
      {
        assessment_id: "a1",
        submitted_at: "2026-01-02T10:00:00Z",
        questionnaire_id: quick.id,
        questionnaire_version: quick.version,
        item_id: item.id,
        domain_id: item.domain,
        statement: item.statement.en,
        answer_value: 4,
        dont_know: false,
        non_answer: null,
        reverse: item.reverse,
        scored_value: item.reverse ? 2 : 4,
      },
    ]);
    const assessments = JSON.parse(buildExport({ data, kind: "assessments", format: "json", locale: "en", now }).body);
    expect(assessments.assessments[0]).toMatchObject({
      overall_score: 54.17,
      hr_score: null,
      scan_kind: "self",
      respondents: 1,
    });
  });
});

describe("exportQuerySchema", () => {
  it("needs a known kind, defaults the format to CSV and accepts nl or en", () => {
    expect(exportQuerySchema.parse({ kind: "answers" })).toEqual({ kind: "answers", format: "csv" });
    expect(exportQuerySchema.parse({ kind: "assessments", format: "json", locale: "en" })).toMatchObject({
      format: "json",
      locale: "en",
    });
    for (const bad of [
      {},
      { kind: "everything" },
      { kind: "answers", format: "xlsx" },
      { kind: "answers", locale: "de" },
    ]) {
      expect(exportQuerySchema.safeParse(bad).success).toBe(false);
    }
  });
});
