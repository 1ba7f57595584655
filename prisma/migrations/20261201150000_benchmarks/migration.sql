-- CreateTable
CREATE TABLE "BenchmarkRefresh" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "refreshedAt" DATETIME NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "BenchmarkNorm" (
    "questionnaireId" TEXT NOT NULL,
    "domainSetKey" TEXT NOT NULL,
    "scanKind" TEXT NOT NULL,
    "groupType" TEXT NOT NULL,
    "groupValue" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "p25" REAL NOT NULL,
    "median" REAL NOT NULL,
    "p75" REAL NOT NULL,
    "scores" TEXT NOT NULL,

    PRIMARY KEY ("questionnaireId", "domainSetKey", "scanKind", "groupType", "groupValue", "metric")
);

-- CreateTable
CREATE TABLE "BenchmarkMember" (
    "questionnaireId" TEXT NOT NULL,
    "domainSetKey" TEXT NOT NULL,
    "scanKind" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "sizeBand" TEXT NOT NULL,
    "scanId" TEXT NOT NULL,

    PRIMARY KEY ("questionnaireId", "domainSetKey", "scanKind", "clientId")
);

-- AlterTable: a plain ADD COLUMN (off by default), no table rebuild
ALTER TABLE "Workspace" ADD COLUMN "benchmarkOptIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "BenchmarkMember_questionnaireId_domainSetKey_scanKind_workspaceId_idx" ON "BenchmarkMember"("questionnaireId", "domainSetKey", "scanKind", "workspaceId");

