import { db } from "@/lib/server/db/db";

/** Which self-scan to load: by the scan's id, its one respondent's resume token, or its results token. */
export type SelfScanWhere = { scanId: string } | { resumeToken: string } | { resultsToken: string };

function scanWhere(where: SelfScanWhere) {
  if ("scanId" in where) return { id: where.scanId };
  if ("resultsToken" in where) return { resultsToken: where.resultsToken };
  return { responses: { some: { resumeToken: where.resumeToken } } };
}

/**
 * "The self-scan view" of a scan, for assertions: the Scan (the measurement and its snapshot) with its one Response
 * (the respondent), their answers and both sets of domain scores, plus the facts tests used to read from one
 * row. Throws when the scan does not exist, is not a self-scan, or has other than exactly one response, so a
 * test never silently looks at the wrong respondent.
 */
export async function loadSelfScan(where: SelfScanWhere) {
  const scan = await db.scan.findFirstOrThrow({
    where: scanWhere(where),
    include: {
      domainScores: { orderBy: { domainId: "asc" } },
      responses: {
        include: { answers: { orderBy: { itemId: "asc" } }, domainScores: { orderBy: { domainId: "asc" } } },
      },
    },
  });
  const [response, ...others] = scan.responses;
  if (scan.kind !== "self" || !response || others.length > 0) {
    throw new Error(`scan ${scan.id} is not a self-scan with one response (${scan.kind}, ${scan.responses.length})`);
  }
  const { responses: _responses, domainScores, ...scanRow } = scan;
  const { answers, domainScores: responseDomainScores, ...responseRow } = response;
  return {
    /** The scan's id: what exports, the dashboard summary and createClientWithHistory call the scan id (the export column is still `assessment_id`). */
    id: scan.id,
    responseId: response.id,
    resumeToken: response.resumeToken,
    /** The results link: Scan.resultsToken. */
    shareToken: scan.resultsToken,
    /** The respondent's "in_progress" | "submitted" (the scan's own status is "open" | "closed"). */
    status: response.status,
    questionnaireId: scan.questionnaireId,
    questionnaireVersion: scan.questionnaireVersion,
    organisationName: scan.organisationName,
    clientId: scan.clientId,
    series: scan.series,
    respondentRole: response.role,
    team: response.team,
    locale: response.locale,
    createdAt: scan.createdAt,
    /** The scan's snapshot: what results, trends, dashboard and exports read. */
    submittedAt: scan.submittedAt,
    overallScore: scan.overallScore,
    overallLevel: scan.overallLevel,
    domainScores,
    answers,
    responseDomainScores,
    scan: scanRow,
    response: responseRow,
  };
}

export type SelfScanView = Awaited<ReturnType<typeof loadSelfScan>>;

const snapshotRow = (d: {
  domainId: string;
  score: number | null;
  level: string | null;
  answered: number;
  total: number;
}) => ({
  domainId: d.domainId,
  score: d.score,
  level: d.level,
  answered: d.answered,
  total: d.total,
});

/**
 * The two copies of a self-scan's result side by side: the scan's snapshot and its one respondent's. For a
 * self-scan they must be equal (tests compare the two halves of this).
 */
export function selfScanSnapshots(view: SelfScanView) {
  return {
    scan: {
      submittedAt: view.scan.submittedAt,
      overallScore: view.scan.overallScore,
      overallLevel: view.scan.overallLevel,
      domains: view.domainScores.map(snapshotRow),
    },
    response: {
      submittedAt: view.response.submittedAt,
      overallScore: view.response.overallScore,
      overallLevel: view.response.overallLevel,
      domains: view.responseDomainScores.map(snapshotRow),
    },
  };
}
