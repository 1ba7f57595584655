import type { ExportScan } from "@/lib/exports/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** A submitted self-scan by a board member, as the export reads it; scores and answers come from the test. */
export function buildExportScan(
  questionnaire: Pick<Questionnaire, "id" | "version">,
  overrides: Partial<ExportScan> = {},
): ExportScan {
  return {
    id: "a1",
    createdAt: new Date("2026-01-01T10:00:00Z"),
    submittedAt: new Date("2026-01-02T10:00:00Z"),
    status: "submitted",
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    locale: "nl",
    scanKind: "self",
    respondentCount: 1,
    respondentRole: "board",
    team: null,
    overallScore: 50,
    overallLevel: "developing",
    domainScores: [],
    answers: [],
    ...overrides,
  };
}
