import { describe, expect, it } from "vitest";
import { buildScanRows, SCAN_COLUMNS } from "@/lib/exports/build-scan-rows";
import type { ExportScan } from "@/lib/exports/types";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { buildExportScan } from "@/tests/factories/export-scan";

const full = getLatestByKind("full");
const quick = getLatestByKind("quick");
if (!full || !quick) throw new Error("questionnaires missing");

function scan(overrides: Partial<ExportScan> = {}): ExportScan {
  return buildExportScan(full ?? { id: "", version: 1 }, {
    createdAt: new Date("2026-03-10T08:00:00.123Z"),
    submittedAt: new Date("2026-03-14T09:41:07.456Z"),
    respondentRole: "manager",
    team: "Klantenservice",
    overallScore: 63.47,
    overallLevel: "established",
    domainScores: [
      { domainId: "leadership", score: 70, level: "established" },
      { domainId: "culture", score: null, level: null },
    ],
    ...overrides,
  });
}

describe("buildScanRows", () => {
  it("has the fixed columns, then a score and level column for every domain of the full scan in order", () => {
    const { columns } = buildScanRows([]);
    expect(columns.slice(0, SCAN_COLUMNS.length)).toEqual([...SCAN_COLUMNS]);
    expect(columns.slice(SCAN_COLUMNS.length)).toEqual(full.domains.flatMap((d) => [`${d.id}_score`, `${d.id}_level`]));
  });

  it("writes one row per scan with ISO 8601 timestamps, kind and overall result", () => {
    const { rows } = buildScanRows([scan(), scan({ id: "a2" })]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      assessment_id: "a1",
      started_at: "2026-03-10T08:00:00Z",
      submitted_at: "2026-03-14T09:41:07Z",
      status: "submitted",
      questionnaire_id: full.id,
      questionnaire_version: full.version,
      kind: "full",
      locale: "nl",
      respondent_role: "manager",
      team: "Klantenservice",
      scan_kind: "self",
      respondents: 1,
      overall_score: 63.47,
      overall_level: "established",
      leadership_score: 70,
      leadership_level: "established",
    });
  });

  it("writes a team round as one row with its respondent count and no respondent", () => {
    const [row] = buildScanRows([
      scan({ scanKind: "team", respondentCount: 12, respondentRole: null, team: null }),
    ]).rows;
    expect(row).toMatchObject({
      scan_kind: "team",
      respondents: 12,
      respondent_role: null,
      team: null,
      overall_score: 63.47,
      leadership_score: 70,
    });
  });

  it("leaves insufficient and absent domains empty, never zero", () => {
    const [row] = buildScanRows([scan()]).rows;
    expect(row?.culture_score).toBeNull();
    expect(row?.culture_level).toBeNull();
    expect(row?.hr_score).toBeNull();
    expect(row?.hr_level).toBeNull();
  });

  it("leaves the results of a scan in progress empty and names a quick scan's kind", () => {
    const [row] = buildScanRows([
      scan({
        status: "in_progress",
        submittedAt: null,
        overallScore: null,
        overallLevel: null,
        domainScores: [],
        questionnaireId: quick.id,
        questionnaireVersion: quick.version,
        team: null,
      }),
    ]).rows;
    expect(row).toMatchObject({ status: "in_progress", submitted_at: null, overall_score: null, kind: "quick" });
    expect(row?.team).toBeNull();
    expect(row?.leadership_score).toBeNull();
  });

  it("leaves the kind empty for a questionnaire version that is no longer known", () => {
    const [row] = buildScanRows([scan({ questionnaireId: "retired-scan" })]).rows;
    expect(row?.kind).toBeNull();
    expect(row?.questionnaire_id).toBe("retired-scan");
  });
});
