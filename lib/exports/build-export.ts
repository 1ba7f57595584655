import { buildAnswerRows } from "@/lib/exports/build-answer-rows";
import { buildScanRows } from "@/lib/exports/build-scan-rows";
import { exportFileName } from "@/lib/exports/export-file-name";
import { toCsv } from "@/lib/exports/to-csv";
import { toJson } from "@/lib/exports/to-json";
import type { ExportData, ExportFormat, ExportKind } from "@/lib/exports/types";
import type { Locale } from "@/lib/i18n/locales";

export type ExportFile = { body: string; contentType: string; fileName: string };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** The whole download for one client: rows of the chosen kind, serialised, with its file name. */
export function buildExport({
  data,
  kind,
  format,
  locale,
  now = new Date(),
}: {
  data: ExportData;
  kind: ExportKind;
  format: ExportFormat;
  locale: Locale;
  now?: Date;
}): ExportFile {
  const table = kind === "assessments" ? buildScanRows(data.scans) : buildAnswerRows(data.scans, { locale });
  return {
    body: format === "csv" ? toCsv(table) : toJson({ client: data.client, kind, table, now }),
    contentType: CONTENT_TYPES[format],
    fileName: exportFileName({ clientName: data.client.name, kind, format, now }),
  };
}
