-- Assessment (one person and one measurement) becomes Scan (the measurement) with Response (one respondent).

-- CreateTable
CREATE TABLE "Scan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'self',
    "questionnaireId" TEXT NOT NULL,
    "questionnaireVersion" INTEGER NOT NULL,
    "organisationName" TEXT NOT NULL,
    "clientId" TEXT,
    "series" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "roles" TEXT NOT NULL DEFAULT '',
    "teams" TEXT NOT NULL DEFAULT '',
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "minGroupSize" INTEGER NOT NULL DEFAULT 3,
    "organiserRole" TEXT,
    "resultsToken" TEXT NOT NULL,
    "organiserToken" TEXT,
    "teamToken" TEXT,
    "submittedAt" DATETIME,
    "overallScore" REAL,
    "overallLevel" TEXT,
    "respondentCount" INTEGER NOT NULL DEFAULT 0,
    "unfinishedCount" INTEGER NOT NULL DEFAULT 0,
    "aggregate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "resumeToken" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "team" TEXT,
    "locale" TEXT NOT NULL,
    "invitee" TEXT,
    "inviteToken" TEXT,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "overallScore" REAL,
    "overallLevel" TEXT,
    "startedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    CONSTRAINT "Response_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResponseDomainScore" (
    "responseId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "score" REAL,
    "level" TEXT,
    "answered" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,

    PRIMARY KEY ("responseId", "domainId"),
    CONSTRAINT "ResponseDomainScore_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScanDomainScore" (
    "scanId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "score" REAL,
    "level" TEXT,
    "answered" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "respondents" INTEGER NOT NULL DEFAULT 1,

    PRIMARY KEY ("scanId", "domainId"),
    CONSTRAINT "ScanDomainScore_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- Move every Assessment into a Scan with one Response, keeping its id (so exports' assessment_id and the
-- client summary stay valid) and its tokens: the share token becomes the scan's results token.
INSERT INTO "Scan" ("id", "kind", "questionnaireId", "questionnaireVersion", "organisationName", "clientId", "series",
    "status", "closedAt", "locale", "resultsToken", "submittedAt", "overallScore", "overallLevel", "respondentCount",
    "createdAt", "updatedAt")
SELECT "id", 'self', "questionnaireId", "questionnaireVersion", "organisationName", "clientId",
    'self:' || "questionnaireId" || ':' || "respondentRole" || ':' || COALESCE("team", ''),
    CASE WHEN "status" = 'submitted' THEN 'closed' ELSE 'open' END,
    CASE WHEN "status" = 'submitted' THEN "submittedAt" END,
    "locale", "shareToken", "submittedAt", "overallScore", "overallLevel",
    CASE WHEN "status" = 'submitted' THEN 1 ELSE 0 END,
    "createdAt", "updatedAt"
FROM "Assessment";

INSERT INTO "Response" ("id", "scanId", "resumeToken", "role", "team", "locale", "status", "overallScore",
    "overallLevel", "startedAt", "createdAt", "updatedAt", "submittedAt")
SELECT "id", "id", "resumeToken", "respondentRole", "team", "locale", "status", "overallScore", "overallLevel",
    (SELECT MIN("updatedAt") FROM "Answer" WHERE "Answer"."assessmentId" = "Assessment"."id"),
    "createdAt", "updatedAt", "submittedAt"
FROM "Assessment";

INSERT INTO "ResponseDomainScore" ("responseId", "domainId", "score", "level", "answered", "total")
SELECT "assessmentId", "domainId", "score", "level", "answered", "total" FROM "DomainScore";

INSERT INTO "ScanDomainScore" ("scanId", "domainId", "score", "level", "answered", "total", "respondents")
SELECT "assessmentId", "domainId", "score", "level", "answered", "total", 1 FROM "DomainScore";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Answer" (
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" INTEGER,
    "nonAnswer" TEXT,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("responseId", "itemId"),
    CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- A stored null was v1's one non-answer, "don't know / not applicable": it keeps the id "na".
INSERT INTO "new_Answer" ("responseId", "itemId", "value", "nonAnswer", "updatedAt") SELECT "assessmentId", "itemId", "value", CASE WHEN "value" IS NULL THEN 'na' END, "updatedAt" FROM "Answer";
DROP TABLE "Answer";
ALTER TABLE "new_Answer" RENAME TO "Answer";
CREATE TABLE "new_Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL,
    "sizeBand" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedCount" INTEGER NOT NULL DEFAULT 0,
    "latestScanId" TEXT,
    "latestSubmittedAt" DATETIME,
    "latestScore" REAL,
    "latestLevel" TEXT,
    "latestChange" REAL,
    "weakestDomain" TEXT,
    CONSTRAINT "Client_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("archivedAt", "createdAt", "id", "latestScanId", "latestChange", "latestLevel", "latestScore", "latestSubmittedAt", "name", "nameKey", "notes", "sector", "sizeBand", "submittedCount", "updatedAt", "weakestDomain", "workspaceId") SELECT "archivedAt", "createdAt", "id", "latestAssessmentId", "latestChange", "latestLevel", "latestScore", "latestSubmittedAt", "name", "nameKey", "notes", "sector", "sizeBand", "submittedCount", "updatedAt", "weakestDomain", "workspaceId" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_workspaceId_archivedAt_nameKey_idx" ON "Client"("workspaceId", "archivedAt", "nameKey");
CREATE INDEX "Client_workspaceId_latestSubmittedAt_idx" ON "Client"("workspaceId", "latestSubmittedAt");
CREATE INDEX "Client_workspaceId_latestScore_idx" ON "Client"("workspaceId", "latestScore");


-- The old tables go last, once everything is copied.
DROP TABLE "DomainScore";
DROP TABLE "Assessment";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Scan_resultsToken_key" ON "Scan"("resultsToken");

-- CreateIndex
CREATE UNIQUE INDEX "Scan_organiserToken_key" ON "Scan"("organiserToken");

-- CreateIndex
CREATE UNIQUE INDEX "Scan_teamToken_key" ON "Scan"("teamToken");

-- CreateIndex
CREATE INDEX "Scan_clientId_series_submittedAt_idx" ON "Scan"("clientId", "series", "submittedAt");

-- CreateIndex
CREATE INDEX "Scan_status_closesAt_idx" ON "Scan"("status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "Response_resumeToken_key" ON "Response"("resumeToken");

-- CreateIndex
CREATE INDEX "Response_scanId_status_idx" ON "Response"("scanId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Response_inviteToken_key" ON "Response"("inviteToken");

-- CreateIndex
CREATE UNIQUE INDEX "Response_scanId_invitee_key" ON "Response"("scanId", "invitee");


-- The dashboard summary now follows the client's default series (lib/history/series.ts). Before any team round
-- exists that is the series of the latest result, so the latest scan, score and level stay; the change becomes
-- whole points against the previous result of that same series (never another role, team or questionnaire),
-- and ties for the weakest domain go to the questionnaire's order, as refreshClientSummary does.
UPDATE "Client" SET "latestChange" = (
    SELECT ROUND(l."overallScore") - ROUND(p."overallScore")
    FROM "Scan" l
    JOIN "Scan" p ON p."clientId" = l."clientId" AND p."series" = l."series" AND p."id" <> l."id"
        AND p."submittedAt" IS NOT NULL
        AND (p."submittedAt" < l."submittedAt" OR (p."submittedAt" = l."submittedAt" AND p."id" < l."id"))
    WHERE l."id" = "Client"."latestScanId"
    ORDER BY p."submittedAt" DESC, p."id" DESC
    LIMIT 1
);
UPDATE "Client" SET "weakestDomain" = (
    SELECT d."domainId" FROM "ScanDomainScore" d
    WHERE d."scanId" = "Client"."latestScanId" AND d."score" IS NOT NULL
    ORDER BY d."score",
        CASE d."domainId" WHEN 'leadership' THEN 0 WHEN 'culture' THEN 1 WHEN 'strategy' THEN 2
            WHEN 'interfunctional' THEN 3 WHEN 'processes' THEN 4 WHEN 'hr' THEN 5 ELSE 6 END,
        d."domainId"
    LIMIT 1
);
