-- CreateTable
CREATE TABLE "ScanTarget" (
    "scanId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "levelId" TEXT NOT NULL,
    "minScore" REAL NOT NULL,
    "targetDate" DATETIME,
    "setByUserId" TEXT,
    "setByName" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("scanId", "domainId"),
    CONSTRAINT "ScanTarget_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreedAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "questionnaireVersion" INTEGER NOT NULL,
    "domainId" TEXT NOT NULL,
    "recommendationId" TEXT,
    "title" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
    "dueDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'not_started',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "statusChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME,
    CONSTRAINT "AgreedAction_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreedActionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actionId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "byName" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreedActionEvent_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "AgreedAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AgreedAction_scanId_status_idx" ON "AgreedAction"("scanId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AgreedAction_scanId_recommendationId_key" ON "AgreedAction"("scanId", "recommendationId");

-- CreateIndex
CREATE INDEX "AgreedActionEvent_actionId_at_idx" ON "AgreedActionEvent"("actionId", "at");

