// A series is one line of history: the same kind of measurement of the same people, on one questionnaire.
// Trends, comparisons, the dashboard's change and a results page's "earlier scan" stay within one series, so a
// board member's full scan is never chained to an employee's quick scan.

export type ScanKind = "self" | "team";

export type SeriesParts =
  | { kind: "team"; questionnaireId: string }
  | { kind: "self"; questionnaireId: string; role: string; team: string };

/** Team rounds form one series per questionnaire; self-scans one per questionnaire, role and team. */
export function seriesKey(parts: SeriesParts): string {
  if (parts.kind === "team") return `team:${parts.questionnaireId}`;
  return `self:${parts.questionnaireId}:${parts.role}:${parts.team}`;
}

/** The parts of a key made by seriesKey; null for anything else. */
export function parseSeriesKey(key: string): SeriesParts | null {
  const [kind, questionnaireId, role, ...team] = key.split(":");
  if (!questionnaireId) return null;
  if (kind === "team" && role === undefined) return { kind, questionnaireId };
  if (kind === "self" && role !== undefined) return { kind, questionnaireId, role, team: team.join(":") };
  return null;
}

type SeriesScan = { series: string; kind: string; submittedAt: Date | null };

/**
 * The series a client's history opens on: its team rounds where it has them (the one with the latest result),
 * otherwise the series of its latest result. Null before any result.
 */
export function defaultSeries(scans: readonly SeriesScan[]): string | null {
  const done = scans
    .filter((s): s is SeriesScan & { submittedAt: Date } => s.submittedAt !== null)
    .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
  return (done.find((s) => s.kind === "team") ?? done[0])?.series ?? null;
}

/** Distinct series with at least one result, the default first, then by latest result. */
export function seriesWithResults(scans: readonly SeriesScan[]): string[] {
  const first = defaultSeries(scans);
  const latest = new Map<string, number>();
  for (const s of scans) {
    if (!s.submittedAt) continue;
    latest.set(s.series, Math.max(latest.get(s.series) ?? 0, s.submittedAt.getTime()));
  }
  return [...latest.entries()]
    .sort((a, b) => (a[0] === first ? -1 : b[0] === first ? 1 : b[1] - a[1] || a[0].localeCompare(b[0])))
    .map(([key]) => key);
}
