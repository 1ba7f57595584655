// The download of a client's agreed actions: the same CSV dialect and JSON shape as the other client exports.
import { exportFileName, localDate } from "@/lib/exports/export-file-name";
import { isoTimestamp } from "@/lib/exports/iso-timestamp";
import { toCsv } from "@/lib/exports/to-csv";
import type { ExportClient } from "@/lib/exports/types";
import { buildActionRows, type ExportAction } from "@/lib/targets/action-rows";

export type ActionExportFormat = "csv" | "json";

/** CSV (Dutch spreadsheet dialect, see lib/exports/to-csv) or `{ exported_at, client, actions: [...] }`. */
export function buildActionExport({
  client,
  actions,
  format,
  now = new Date(),
}: {
  client: ExportClient;
  actions: readonly ExportAction[];
  format: ActionExportFormat;
  now?: Date;
}): { body: string; contentType: string; fileName: string } {
  const today = localDate(now);
  const table = buildActionRows(actions, today);
  const fileName = exportFileName({ clientName: client.name, kind: "actions", format, now });
  if (format === "csv") return { body: toCsv(table), contentType: "text/csv; charset=utf-8", fileName };
  const body = {
    exported_at: isoTimestamp(now),
    client: {
      id: client.id,
      name: client.name,
      sector: client.sector,
      size_band: client.sizeBand,
      notes: client.notes,
      archived_at: isoTimestamp(client.archivedAt),
    },
    actions: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c, row[c] ?? null]))),
  };
  return { body: `${JSON.stringify(body, null, 2)}\n`, contentType: "application/json; charset=utf-8", fileName };
}
