import { parseMailAddress } from "@/lib/mail/mail-address";

/**
 * The addresses an organiser hands in for a customer mirror's personal links: pasted (one per line, or separated
 * by commas or semicolons) or an uploaded CSV (a column of addresses, optionally a segment column). Pure.
 * Every line is checked on its own: a bad line is reported by its number and left out, a repeated address is
 * skipped; the rest can be invited.
 */

export type MirrorInviteEntry = { address: string; segment: string | null };

export type MirrorInviteProblem = {
  /** 1-based line number in the pasted text or the file. */
  line: number;
  value: string;
  reason: "address" | "segment";
};

export type MirrorInviteList = {
  entries: MirrorInviteEntry[];
  problems: MirrorInviteProblem[];
  /** Addresses left out because they came earlier in the list. */
  duplicates: number;
};

const ADDRESS_HEADERS = new Set([
  "email",
  "e-mail",
  "mail",
  "emailaddress",
  "e-mailadres",
  "emailadres",
  "adres",
  "address",
]);
const SEGMENT_HEADERS = new Set(["segment", "groep", "group", "klantgroep", "customer group", "doelgroep"]);

/** The segment as the mirror spells it (case-insensitive match), "" → null, or undefined when unknown. */
function matchSegment(value: string, segments: readonly string[]): string | null | undefined {
  const wanted = value.trim().replace(/\s+/g, " ");
  if (!wanted) return null;
  const key = wanted.toLocaleLowerCase("nl");
  return segments.find((segment) => segment.toLocaleLowerCase("nl") === key);
}

/** Adds one candidate to the list, or reports it. */
function collect(
  list: MirrorInviteList,
  seen: Set<string>,
  candidate: { line: number; raw: string; segment: string | null | undefined; rawSegment: string },
): void {
  const value = candidate.raw.trim().replace(/^"|"$/g, "").trim();
  if (!value) return;
  const address = parseMailAddress(value);
  if (!address) {
    list.problems.push({ line: candidate.line, value: value.slice(0, 200), reason: "address" });
    return;
  }
  if (candidate.segment === undefined) {
    list.problems.push({ line: candidate.line, value: candidate.rawSegment.slice(0, 200), reason: "segment" });
    return;
  }
  if (seen.has(address)) {
    list.duplicates += 1;
    return;
  }
  seen.add(address);
  list.entries.push({ address, segment: candidate.segment });
}

/** A pasted list: addresses one per line or separated by commas, semicolons or tabs; one segment for all. */
export function readPastedInvites(text: string, options: { segment: string | null }): MirrorInviteList {
  const list: MirrorInviteList = { entries: [], problems: [], duplicates: 0 };
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((row, index) => {
    for (const raw of row.split(/[,;\t]+/)) {
      collect(list, seen, { line: index + 1, raw, segment: options.segment, rawSegment: options.segment ?? "" });
    }
  });
  return list;
}

/**
 * The fields of one CSV record (RFC 4180 quotes: "a ""b""" is a "b"), split on `delimiter`. Records never
 * span lines here: a quoted line break in an address file is a mistake we report rather than follow.
 */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields.map((value) => value.trim());
}

/** The delimiter a spreadsheet used: semicolons (Dutch Excel), tabs or commas — whichever the first line has most. */
function detectDelimiter(firstLine: string): string {
  const counts = [";", "\t", ","].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ",";
}

const headerKey = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");

/**
 * A CSV file: a header row naming the address column (email, e-mail, adres, …) and optionally a segment column,
 * or no header (the first column holds the addresses, the second, if any, the segment).
 */
export function readCsvInvites(text: string, options: { segments: readonly string[] }): MirrorInviteList {
  const list: MirrorInviteList = { entries: [], problems: [], duplicates: 0 };
  const seen = new Set<string>();
  const rows = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const firstFilled = rows.findIndex((row) => row.trim() !== "");
  if (firstFilled < 0) return list;
  const first = rows[firstFilled] ?? "";
  const delimiter = detectDelimiter(first);
  const header = splitCsvLine(first, delimiter).map(headerKey);
  const headerAddress = header.findIndex(
    (name) => ADDRESS_HEADERS.has(name.replace(/ /g, "")) || ADDRESS_HEADERS.has(name),
  );
  const hasHeader = headerAddress >= 0 || !header.some((name) => name.includes("@"));
  const addressColumn = Math.max(headerAddress, 0);
  const segmentColumn = hasHeader ? header.findIndex((name) => SEGMENT_HEADERS.has(name)) : 1;
  rows.forEach((row, index) => {
    if (hasHeader && index === firstFilled) return;
    if (!row.trim()) return;
    const fields = splitCsvLine(row, delimiter);
    const rawSegment = segmentColumn >= 0 ? (fields[segmentColumn] ?? "") : "";
    collect(list, seen, {
      line: index + 1,
      raw: fields[addressColumn] ?? "",
      segment: matchSegment(rawSegment, options.segments),
      rawSegment,
    });
  });
  return list;
}
