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

/**
 * The one order of scans in a series: by submittedAt, and by id when two were submitted in the same millisecond,
 * so the "previous" scan, the trend, the compare page and the dashboard's change never disagree on a tie.
 * In-memory sorts use compareSeriesOrder; queries use SERIES_ORDER_BY (or its reverse).
 */
export function compareSeriesOrder(a: SeriesPosition, b: SeriesPosition): number {
  return a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type SeriesPosition = { id: string; submittedAt: Date };

// Mutable tuples (not `as const`) so Prisma's orderBy, which takes a mutable array, accepts them as they are.
/** compareSeriesOrder as a Prisma orderBy: oldest first. */
export const SERIES_ORDER_BY: [{ submittedAt: "asc" }, { id: "asc" }] = [{ submittedAt: "asc" }, { id: "asc" }];
/** compareSeriesOrder reversed: newest first. */
export const SERIES_ORDER_BY_NEWEST_FIRST: [{ submittedAt: "desc" }, { id: "desc" }] = [
  { submittedAt: "desc" },
  { id: "desc" },
];
/** A client's scans, submitted ones in series order, then the open ones (no submittedAt), by id. */
export const SERIES_ORDER_BY_OPEN_LAST: [{ submittedAt: { sort: "asc"; nulls: "last" } }, { id: "asc" }] = [
  { submittedAt: { sort: "asc", nulls: "last" } },
  { id: "asc" },
];

type SeriesScan = { id: string; series: string; kind: string; submittedAt: Date | null };

/**
 * The series a client's history opens on: its team rounds where it has them (the one with the latest result),
 * otherwise the series of its latest result. Null before any result.
 */
export function defaultSeries(scans: readonly SeriesScan[]): string | null {
  const done = scans
    .filter((s): s is SeriesScan & { submittedAt: Date } => s.submittedAt !== null)
    .sort((a, b) => compareSeriesOrder(b, a));
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
