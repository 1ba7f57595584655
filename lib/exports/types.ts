// Plain shapes the builders read: what the loader selects, without tying pure code to Prisma.

export type ExportClient = {
  id: string;
  name: string;
  sector: string;
  sizeBand: string;
  notes: string;
  archivedAt: Date | null;
};

export type ExportScan = {
  id: string;
  createdAt: Date;
  submittedAt: Date | null;
  status: string;
  questionnaireId: string;
  questionnaireVersion: number;
  locale: string;
  /** "self" (one respondent) or "team" (a round: aggregates only, never a respondent's answers). */
  scanKind: "self" | "team";
  respondentCount: number;
  /** A self-scan's respondent; null for a round. */
  respondentRole: string | null;
  team: string | null;
  overallScore: number | null;
  overallLevel: string | null;
  domainScores: ReadonlyArray<{ domainId: string; score: number | null; level: string | null }>;
  /** A self-scan's answers; always empty for a round. */
  answers: ReadonlyArray<{ itemId: string; value: number | null; nonAnswer?: string | null }>;
};

export type ExportData = { client: ExportClient; scans: ReadonlyArray<ExportScan> };

/** null is an empty cell (not answered, not scored, not submitted). */
export type Cell = string | number | boolean | null;

/** Rows keyed by column id, columns in output order: one shape for CSV and JSON. */
export type ExportTable = { columns: readonly string[]; rows: Array<Record<string, Cell>> };

// "assessments" is the public name of the scans export (the `kind` query value, the JSON key and the file name):
// links and scripts outside the app use it, so it stays although the code says "scan".
export const EXPORT_KINDS = ["assessments", "answers"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
