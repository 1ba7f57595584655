import type { BuildOptions } from "@/lib/exports/build-scan-rows";
import { isoTimestamp } from "@/lib/exports/iso-timestamp";
import type { ExportScan, ExportTable } from "@/lib/exports/types";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { reverseValue } from "@/lib/scoring";

export const ANSWER_COLUMNS = [
  "assessment_id",
  "submitted_at",
  "questionnaire_id",
  "questionnaire_version",
  "item_id",
  "domain_id",
  "statement",
  "answer_value",
  "dont_know",
  "non_answer",
  "reverse",
  "scored_value",
] as const;

/**
 * One row per stored answer, scans in the order given and items in questionnaire order.
 * "Don't know" has an empty value and scored value; a reverse-worded item's scored value is
 * min + max − value, exactly as the scoring library counts it.
 */
export function buildAnswerRows(
  scans: ReadonlyArray<ExportScan>,
  { locale, questionnaireFor = getQuestionnaire }: BuildOptions & { locale: Locale },
): ExportTable {
  // A round's respondents are never exported one by one.
  const rows = scans
    .filter((a) => a.scanKind === "self")
    .flatMap((a) => {
      const questionnaire = questionnaireFor(a.questionnaireId, a.questionnaireVersion);
      const items = new Map(questionnaire?.items.map((item, index) => [item.id, { item, index }]));
      const ordered = [...a.answers].sort(
        (x, y) =>
          (items.get(x.itemId)?.index ?? Number.MAX_SAFE_INTEGER) -
            (items.get(y.itemId)?.index ?? Number.MAX_SAFE_INTEGER) || x.itemId.localeCompare(y.itemId),
      );
      return ordered.map((answer) => {
        const item = items.get(answer.itemId)?.item;
        const scored =
          answer.value === null || !item || !questionnaire
            ? null
            : item.reverse
              ? reverseValue(questionnaire.scale, answer.value)
              : answer.value;
        return {
          assessment_id: a.id,
          submitted_at: isoTimestamp(a.submittedAt),
          questionnaire_id: a.questionnaireId,
          questionnaire_version: a.questionnaireVersion,
          item_id: answer.itemId,
          domain_id: item?.domain ?? null,
          statement: item ? localized(item.statement, locale) : null,
          answer_value: answer.value,
          dont_know: answer.value === null,
          // Which non-answer: "na" (not applicable; on v1 "don't know / n.a.") or "dk" (don't know).
          non_answer: answer.value === null ? (answer.nonAnswer ?? "na") : null,
          reverse: item?.reverse ?? null,
          scored_value: scored,
        };
      });
    });
  return { columns: [...ANSWER_COLUMNS], rows };
}
