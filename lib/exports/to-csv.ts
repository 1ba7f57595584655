import { stringify } from "csv-stringify/sync";
import type { ExportTable } from "@/lib/exports/types";

/**
 * A number as Dutch spreadsheets read it: at most one decimal, written with a decimal comma.
 * With ";" as separator a decimal point would be read as a thousands separator or a date ("12.5"
 * becomes 12 May) by Excel in a Dutch locale; scores are 0–100, so there are no thousands.
 */
export function csvNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(".", ",");
}

/**
 * CSV for Excel and LibreOffice in a Dutch locale: UTF-8 with BOM (so accents survive), ";" between
 * cells, CRLF line ends, a header row, quotes where a cell needs them. Text cells starting with
 * = + - @ tab or CR get a leading apostrophe, so user input such as a team name never runs as a formula.
 */
export function toCsv(table: ExportTable): string {
  return stringify(table.rows, {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    // Setting record_delimiter switches this off by default; a lone "\n" in a note must be quoted too.
    quote_record_delimiter: true,
    header: true,
    columns: [...table.columns],
    escape_formulas: true,
    cast: { number: csvNumber, boolean: (value) => (value ? "1" : "0") },
  });
}
