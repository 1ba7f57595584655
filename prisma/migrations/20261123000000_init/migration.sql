-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "resumeToken" TEXT NOT NULL,
    "shareToken" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "questionnaireVersion" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "respondentRole" TEXT NOT NULL,
    "team" TEXT,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "overallScore" REAL,
    "overallLevel" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Answer" (
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" INTEGER,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("assessmentId", "itemId"),
    CONSTRAINT "Answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DomainScore" (
    "assessmentId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "score" REAL,
    "level" TEXT,
    "answered" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,

    PRIMARY KEY ("assessmentId", "domainId"),
    CONSTRAINT "DomainScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_resumeToken_key" ON "Assessment"("resumeToken");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_shareToken_key" ON "Assessment"("shareToken");

-- CreateIndex
CREATE INDEX "Assessment_status_idx" ON "Assessment"("status");

