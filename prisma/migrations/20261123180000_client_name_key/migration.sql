-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "latestAssessmentId" TEXT,
    "latestSubmittedAt" DATETIME,
    "latestScore" REAL,
    "latestLevel" TEXT,
    "latestChange" REAL,
    "weakestDomain" TEXT,
    CONSTRAINT "Client_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("archivedAt", "createdAt", "id", "latestAssessmentId", "latestChange", "latestLevel", "latestScore", "latestSubmittedAt", "name", "notes", "sector", "sizeBand", "submittedCount", "updatedAt", "weakestDomain", "workspaceId") SELECT "archivedAt", "createdAt", "id", "latestAssessmentId", "latestChange", "latestLevel", "latestScore", "latestSubmittedAt", "name", "notes", "sector", "sizeBand", "submittedCount", "updatedAt", "weakestDomain", "workspaceId" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_workspaceId_archivedAt_nameKey_idx" ON "Client"("workspaceId", "archivedAt", "nameKey");
CREATE INDEX "Client_workspaceId_latestSubmittedAt_idx" ON "Client"("workspaceId", "latestSubmittedAt");
CREATE INDEX "Client_workspaceId_latestScore_idx" ON "Client"("workspaceId", "latestScore");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Backfill: lower() folds ASCII only; names with accents or % and _ get their full key when next edited.
UPDATE "Client" SET "nameKey" = lower("name") WHERE "nameKey" = '';
