-- Hand-written in prisma/postgres-overrides/20261201100000_scan_response/ (replaces the generated step).
-- PostgreSQL support arrives after this migration, so no PostgreSQL database holds Assessment rows to move:
-- the schema change alone (the copy statements of the SQLite migration would read the tables just dropped).
-- DropForeignKey
ALTER TABLE "Answer" DROP CONSTRAINT "Answer_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_clientId_fkey";

-- DropForeignKey
ALTER TABLE "DomainScore" DROP CONSTRAINT "DomainScore_assessmentId_fkey";

-- AlterTable
ALTER TABLE "Answer" DROP CONSTRAINT "Answer_pkey",
DROP COLUMN "assessmentId",
ADD COLUMN     "nonAnswer" TEXT,
ADD COLUMN     "responseId" TEXT NOT NULL,
ADD CONSTRAINT "Answer_pkey" PRIMARY KEY ("responseId", "itemId");

-- AlterTable
ALTER TABLE "Client" DROP COLUMN "latestAssessmentId",
ADD COLUMN     "latestScanId" TEXT;

-- DropTable
DROP TABLE "Assessment";

-- DropTable
DROP TABLE "DomainScore";

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "scanId" TEXT NOT NULL,
    "resumeToken" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "team" TEXT,
    "locale" TEXT NOT NULL,
    "invitee" TEXT,
    "inviteToken" TEXT,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "overallScore" DOUBLE PRECISION,
    "overallLevel" TEXT,
    "startedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseDomainScore" (
    "responseId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "level" TEXT,
    "answered" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,

    CONSTRAINT "ResponseDomainScore_pkey" PRIMARY KEY ("responseId","domainId")
);

-- CreateTable
CREATE TABLE "Scan" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'self',
    "questionnaireId" TEXT NOT NULL,
    "questionnaireVersion" INTEGER NOT NULL,
    "organisationName" TEXT NOT NULL,
    "clientId" TEXT,
    "series" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closesAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "roles" TEXT NOT NULL DEFAULT '',
    "teams" TEXT NOT NULL DEFAULT '',
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "minGroupSize" INTEGER NOT NULL DEFAULT 3,
    "organiserRole" TEXT,
    "resultsToken" TEXT NOT NULL,
    "organiserToken" TEXT,
    "teamToken" TEXT,
    "submittedAt" TIMESTAMP(3),
    "overallScore" DOUBLE PRECISION,
    "overallLevel" TEXT,
    "respondentCount" INTEGER NOT NULL DEFAULT 0,
    "unfinishedCount" INTEGER NOT NULL DEFAULT 0,
    "aggregate" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanDomainScore" (
    "scanId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "level" TEXT,
    "answered" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "respondents" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ScanDomainScore_pkey" PRIMARY KEY ("scanId","domainId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Response_resumeToken_key" ON "Response"("resumeToken");

-- CreateIndex
CREATE UNIQUE INDEX "Response_inviteToken_key" ON "Response"("inviteToken");

-- CreateIndex
CREATE INDEX "Response_scanId_status_idx" ON "Response"("scanId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Response_scanId_invitee_key" ON "Response"("scanId", "invitee");

-- CreateIndex
CREATE UNIQUE INDEX "Scan_resultsToken_key" ON "Scan"("resultsToken");

-- CreateIndex
CREATE UNIQUE INDEX "Scan_organiserToken_key" ON "Scan"("organiserToken");

-- CreateIndex
CREATE UNIQUE INDEX "Scan_teamToken_key" ON "Scan"("teamToken");

-- CreateIndex
CREATE INDEX "Scan_status_closesAt_idx" ON "Scan"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Scan_clientId_series_submittedAt_idx" ON "Scan"("clientId", "series", "submittedAt");

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseDomainScore" ADD CONSTRAINT "ResponseDomainScore_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scan" ADD CONSTRAINT "Scan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanDomainScore" ADD CONSTRAINT "ScanDomainScore_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

