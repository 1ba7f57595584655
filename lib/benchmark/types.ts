// Shared shapes of the peer benchmark (docs/benchmarks-peers.md). Pure: no Next, no Prisma.

export type ScanKind = "self" | "team";

/** How peers are grouped: every organisation, or those of the same sector or size band. */
export const GROUP_TYPES = ["sector", "size", "all"] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** The overall score's metric id; every other metric is a domain id. */
export const OVERALL = "overall";

/**
 * One benchmark set: scans of one questionnaire (the versions that share a domain set) and one kind. Self-scans
 * and team rounds never mix: facilitated and self-assessed scores differ.
 */
export type BenchmarkSet = { questionnaireId: string; domainSetKey: string; scanKind: ScanKind };

/** A submitted scan that may count for its organisation (a client of an opted-in workspace). */
export type CandidateScan = {
  scanId: string;
  clientId: string;
  workspaceId: string;
  sector: string;
  sizeBand: string;
  scanKind: ScanKind;
  questionnaireId: string;
  domainSetKey: string;
  submittedAt: Date;
  overallScore: number | null;
  domainScores: ReadonlyArray<{ domainId: string; score: number | null }>;
};

/** The one scan an organisation contributes to a set, with a score for every metric. */
export type Member = BenchmarkSet & {
  scanId: string;
  clientId: string;
  workspaceId: string;
  sector: string;
  sizeBand: string;
  submittedAt: Date;
  /** Metric id (each domain, and OVERALL) → score. */
  values: Readonly<Record<string, number>>;
};

/** A group's figures for one metric; `scores` is the ascending list of the members' scores, without ids. */
export type Norm = BenchmarkSet & {
  groupType: GroupType;
  /** The sector or size band; "" for all organisations. */
  groupValue: string;
  metric: string;
  n: number;
  p25: number;
  median: number;
  p75: number;
  scores: number[];
};
