import { isoTimestamp } from "@/lib/exports/iso-timestamp";
import type { ExportScan, ExportTable } from "@/lib/exports/types";
import { getLatestByKind, getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Domain, Questionnaire } from "@/lib/questionnaire/schema";

export const SCAN_COLUMNS = [
  "assessment_id",
  "started_at",
  "submitted_at",
  "status",
  "questionnaire_id",
  "questionnaire_version",
  "kind",
  "locale",
  "respondent_role",
  "team",
  "scan_kind",
  "respondents",
  "overall_score",
  "overall_level",
] as const;

export type BuildOptions = {
  /** Looks up the exact version a scan was answered on (the registry by default). */
  questionnaireFor?: (id: string, version: number) => Questionnaire | undefined;
};

type ScanRowOptions = BuildOptions & { domains?: readonly Pick<Domain, "id">[] };

/** The full scan's domains, in order: every scan (quick ones too) gets the same two columns per domain. */
export function exportDomains(): readonly Pick<Domain, "id">[] {
  return getLatestByKind("full")?.domains ?? [];
}

/**
 * One row per scan, oldest first as given: its facts, overall result and for each domain its
 * score and level. A domain without a score (not submitted, too few answers, not in this questionnaire)
 * is an empty cell, never a zero.
 */
export function buildScanRows(
  scans: ReadonlyArray<ExportScan>,
  { questionnaireFor = getQuestionnaire, domains = exportDomains() }: ScanRowOptions = {},
): ExportTable {
  const columns = [...SCAN_COLUMNS, ...domains.flatMap((d) => [`${d.id}_score`, `${d.id}_level`])];
  const rows = scans.map((a) => {
    const submitted = a.status === "submitted";
    const byDomain = new Map(a.domainScores.map((d) => [d.domainId, d]));
    const row: Record<string, string | number | null> = {
      assessment_id: a.id,
      started_at: isoTimestamp(a.createdAt),
      submitted_at: isoTimestamp(a.submittedAt),
      status: a.status,
      questionnaire_id: a.questionnaireId,
      questionnaire_version: a.questionnaireVersion,
      kind: questionnaireFor(a.questionnaireId, a.questionnaireVersion)?.kind ?? null,
      locale: a.locale,
      respondent_role: a.respondentRole,
      team: a.team || null,
      scan_kind: a.scanKind,
      respondents: a.respondentCount,
      overall_score: submitted ? a.overallScore : null,
      overall_level: submitted ? a.overallLevel : null,
    };
    for (const domain of domains) {
      const scored = submitted ? byDomain.get(domain.id) : undefined;
      row[`${domain.id}_score`] = scored?.score ?? null;
      row[`${domain.id}_level`] = scored?.score == null ? null : (scored.level ?? null);
    }
    return row;
  });
  return { columns, rows };
}
