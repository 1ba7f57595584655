import { compareSeriesOrder } from "@/lib/history/series";
import type { HistoryScan } from "@/lib/history/types";

/** Where a series moves to another questionnaire version: the first scan on the new version. */
export type VersionBreak = { scanId: string; date: Date; fromVersion: number; toVersion: number };

/**
 * The points where consecutive submitted scans (in series order, as the trend draws them) used different versions of the questionnaire.
 * A new version keeps the domains and level bands (so the line continues) but asks other statements (v2→v3
 * rewrote every one), so a step at a break can come from the questions rather than from the organisation.
 */
export function versionBreaks(scans: readonly HistoryScan[]): VersionBreak[] {
  const submitted = scans
    .filter((a): a is HistoryScan & { submittedAt: Date } => a.status === "submitted" && a.submittedAt !== null)
    .sort(compareSeriesOrder);
  return submitted.flatMap((scan, index) => {
    const previous = submitted[index - 1];
    if (!previous || previous.questionnaireVersion === scan.questionnaireVersion) return [];
    return [
      {
        scanId: scan.id,
        date: scan.submittedAt,
        fromVersion: previous.questionnaireVersion,
        toVersion: scan.questionnaireVersion,
      },
    ];
  });
}
