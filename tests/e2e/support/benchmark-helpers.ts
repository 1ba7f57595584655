import { randomBytes } from "node:crypto";
import { levelForScore, type QuestionnaireData } from "@/tests/e2e/support/scan-helpers";
import { testDatabase } from "@/tests/e2e/support/test-database";

// Benchmark peers for the end-to-end tests: organisations in a workspace of their own (opted in, nobody signs in
// to it), each with one submitted self-scan, written straight into the web server's database. They count once
// the norms are refreshed: when a consultant opts in or a scan is submitted.

const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;

export async function insertPeerOrganisations({
  questionnaire,
  sector,
  sizeBand,
  overallScores,
}: {
  questionnaire: QuestionnaireData;
  sector: string;
  sizeBand: string;
  /** One organisation per score; every domain scores the same. */
  overallScores: readonly number[];
}): Promise<void> {
  const workspaceId = id("e2ews");
  const now = new Date();
  const statements: Array<{ sql: string; params: Array<string | number | null | Date> }> = [
    {
      sql: 'INSERT INTO "Workspace" ("id", "name", "createdAt", "updatedAt", "benchmarkOptIn") VALUES (?, ?, ?, ?, TRUE)',
      params: [workspaceId, `E2E peers ${workspaceId}`, now, now],
    },
  ];
  overallScores.forEach((score, index) => {
    const clientId = id("e2epeer");
    const scanId = id("e2escan");
    const submittedAt = new Date(now.getTime() - (index + 1) * 86_400_000);
    const level = levelForScore(questionnaire, score).id;
    statements.push(
      {
        sql: 'INSERT INTO "Client" ("id", "workspaceId", "name", "nameKey", "sector", "sizeBand", "notes", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, \'\', ?, ?)',
        params: [clientId, workspaceId, `Peer ${clientId}`, `peer ${clientId}`, sector, sizeBand, now, now],
      },
      {
        sql: `INSERT INTO "Scan" ("id", "kind", "questionnaireId", "questionnaireVersion", "organisationName", "clientId",
                "series", "status", "closedAt", "resultsToken", "submittedAt", "overallScore", "overallLevel",
                "respondentCount", "createdAt", "updatedAt")
              VALUES (?, 'self', ?, ?, ?, ?, ?, 'closed', ?, ?, ?, ?, ?, 1, ?, ?)`,
        params: [
          scanId,
          questionnaire.id,
          questionnaire.version,
          `Peer ${clientId}`,
          clientId,
          `self:${questionnaire.id}:board:`,
          submittedAt,
          id("e2etoken"),
          submittedAt,
          score,
          level,
          submittedAt,
          submittedAt,
        ],
      },
      ...questionnaire.domains.map((domain) => ({
        sql: 'INSERT INTO "ScanDomainScore" ("scanId", "domainId", "score", "level", "answered", "total", "respondents") VALUES (?, ?, ?, ?, 3, 3, 1)',
        params: [scanId, domain.id, score, level],
      })),
    );
  });
  await testDatabase().transaction(statements);
}
