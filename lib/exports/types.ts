// Plain shapes the builders read: what the loader selects, without tying pure code to Prisma.

export type ExportClient = {
  id: string;
  name: string;
  sector: string;
  sizeBand: string;
  notes: string;
  archivedAt: Date | null;
};

export type ExportAssessment = {
  id: string;
  createdAt: Date;
  submittedAt: Date | null;
  status: string;
  questionnaireId: string;
  questionnaireVersion: number;
  locale: string;
  respondentRole: string;
  team: string | null;
  overallScore: number | null;
  overallLevel: string | null;
  domainScores: ReadonlyArray<{ domainId: string; score: number | null; level: string | null }>;
  answers: ReadonlyArray<{ itemId: string; value: number | null }>;
};

export type ExportData = { client: ExportClient; assessments: ReadonlyArray<ExportAssessment> };

/** null is an empty cell (not answered, not scored, not submitted). */
export type Cell = string | number | boolean | null;

/** Rows keyed by column id, columns in output order: one shape for CSV and JSON. */
export type ExportTable = { columns: readonly string[]; rows: Array<Record<string, Cell>> };

export const EXPORT_KINDS = ["assessments", "answers"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
