/** The parts of a stored scan the history features read; ClientScan and Prisma rows both fit. */
export type HistoryScan = {
  id: string;
  status: string;
  submittedAt: Date | null;
  questionnaireId: string;
  questionnaireVersion: number;
  overallScore: number | null;
  overallLevel: string | null;
  domainScores: ReadonlyArray<{ domainId: string; score: number | null; level: string | null }>;
};
