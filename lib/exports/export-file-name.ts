import type { ExportFormat, ExportKind } from "@/lib/exports/types";

/** ASCII-only, so the name needs no encoding in Content-Disposition and works on every file system. */
export function slugify(text: string, fallback = "client"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** The calendar date in the Netherlands, where the consultant downloads it. */
export function localDate(now: Date, timeZone = "Europe/Amsterdam"): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Every download's name, e.g. klantkompas-gemeente-lindewaarde-assessments-2026-11-23.csv: the client (or the
 * round's organisation), what it holds, and the day in the Netherlands (localDate) — one rule for all exports.
 */
export function exportFileName({
  clientName,
  kind,
  format,
  now,
  fallback = "client",
}: {
  clientName: string;
  /** An export kind, "actions", or "round-domains" / "round-items". */
  kind: ExportKind | "actions" | `round-${string}`;
  format: ExportFormat;
  now: Date;
  /** The slug when the name has no usable letters. */
  fallback?: string;
}): string {
  return `klantkompas-${slugify(clientName, fallback)}-${kind}-${localDate(now)}.${format}`;
}
