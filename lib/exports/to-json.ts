import { isoTimestamp } from "@/lib/exports/iso-timestamp";
import type { ExportClient, ExportKind, ExportTable } from "@/lib/exports/types";

/**
 * Pretty JSON: `{ exported_at, client, assessments | answers }`. Rows use the CSV's column ids, with
 * numbers unrounded (scores keep their two stored decimals), real booleans and null for empty cells.
 */
export function toJson({
  client,
  kind,
  table,
  now,
}: {
  client: ExportClient;
  kind: ExportKind;
  table: ExportTable;
  now: Date;
}): string {
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
    [kind]: table.rows.map((row) => Object.fromEntries(table.columns.map((column) => [column, row[column] ?? null]))),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
