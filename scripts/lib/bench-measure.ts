import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// Measuring helpers for npm run bench (scripts/bench.ts): no Next, no Prisma.

/** The value at quantile `q` (0–1) of the samples, nearest rank; 0 for no samples. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function ratio(value: number, base: number): number {
  return base > 0 ? Math.round((value / base) * 100) / 100 : 0;
}

/**
 * The script chunks a page makes the browser load: every `<script src>` and every chunk the flight data
 * references (client components, loaded as the page hydrates). Paths as the server serves them, deduplicated.
 */
export function scriptChunks(html: string): string[] {
  // The flight data is a JS string inside the HTML: chunk paths appear with escaped quotes and slashes.
  const text = html.replace(/\\u002F/gi, "/").replace(/\\\//g, "/");
  const chunks = new Set<string>();
  for (const match of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const src = match[1];
    if (src?.startsWith("/_next/")) chunks.add(src.replace(/&amp;/g, "&"));
  }
  for (const match of text.matchAll(/(?:\/_next\/)?static\/chunks\/[A-Za-z0-9_\-./~%]+?\.js/g)) {
    const path = match[0].startsWith("/_next/") ? match[0] : `/_next/${match[0]}`;
    chunks.add(path);
  }
  return [...chunks].sort();
}

/** gzip at the default level, as `next start` compresses what it serves. */
export function gzipSize(body: Buffer | string): number {
  return gzipSync(body).length;
}

/** The resident set size in MB of a process and all its descendants (Linux /proc; 0 elsewhere). */
export function treeRssMb(rootPid: number): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  for (const name of entries) {
    try {
      // The command name (2nd field) may hold spaces or parentheses: read after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops += 1) if (p === rootPid) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Ended meanwhile.
    }
  }
  return Math.round(kb / 1024);
}

/** Fixed-width text table; numbers right-aligned. */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  // A column of numbers is right-aligned, its header too.
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number"));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [
    line(cells[0] ?? []),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map((row) => line(row)),
  ].join("\n");
}
