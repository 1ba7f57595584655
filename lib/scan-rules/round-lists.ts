// A round's roles and teams are stored one per line (portable: no arrays or Json columns).

export const MAX_ROUND_TEAMS = 40;

/** Lines of a textarea or stored list: trimmed, blanks dropped, duplicates (case-insensitive) dropped. */
export function parseLines(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of (text ?? "").split(/\r?\n/)) {
    const line = raw.trim().replace(/\s+/g, " ");
    const key = line.toLocaleLowerCase("nl");
    if (!line || seen.has(key)) continue;
    seen.add(key);
    lines.push(line);
  }
  return lines;
}

export function joinLines(lines: readonly string[]): string {
  return lines.join("\n");
}
