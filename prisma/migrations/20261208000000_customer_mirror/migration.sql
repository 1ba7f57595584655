-- Issue 19: the customer's mirror. New tables only; nothing existing changes.

-- CreateTable
CREATE TABLE "Mirror" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireId" TEXT NOT NULL,
    "questionnaireVersion" INTEGER NOT NULL,
    "organisationName" TEXT NOT NULL,
    "clientId" TEXT,
    "pairedScanId" TEXT NOT NULL,
    "team" TEXT,
    "audience" TEXT NOT NULL DEFAULT 'external',
    "segments" TEXT NOT NULL DEFAULT '',
    "askNps" BOOLEAN NOT NULL DEFAULT true,
    "askMark" BOOLEAN NOT NULL DEFAULT true,
    "askOpen" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "minGroupSize" INTEGER NOT NULL DEFAULT 5,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "organiserToken" TEXT NOT NULL,
    "publicToken" TEXT NOT NULL,
    "kioskToken" TEXT NOT NULL,
    "resultsToken" TEXT NOT NULL,
    "reminderDaysBefore" INTEGER,
    "autoReminderSentAt" DATETIME,
    "lastReminderAt" DATETIME,
    "mailOrigin" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Mirror_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Mirror_pairedScanId_fkey" FOREIGN KEY ("pairedScanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MirrorInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mirrorId" TEXT NOT NULL,
    "address" TEXT,
    "tokenHash" TEXT NOT NULL,
    "segment" TEXT,
    "usedAt" DATETIME,
    "lastSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MirrorInvite_mirrorId_fkey" FOREIGN KEY ("mirrorId") REFERENCES "Mirror" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MirrorResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mirrorId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "segment" TEXT,
    "locale" TEXT NOT NULL,
    "nps" INTEGER,
    "mark" INTEGER,
    "comment" TEXT,
    CONSTRAINT "MirrorResponse_mirrorId_fkey" FOREIGN KEY ("mirrorId") REFERENCES "Mirror" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MirrorAnswer" (
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" INTEGER,
    "nonAnswer" TEXT,

    PRIMARY KEY ("responseId", "itemId"),
    CONSTRAINT "MirrorAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "MirrorResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Mirror_organiserToken_key" ON "Mirror"("organiserToken");

-- CreateIndex
CREATE UNIQUE INDEX "Mirror_publicToken_key" ON "Mirror"("publicToken");

-- CreateIndex
CREATE UNIQUE INDEX "Mirror_kioskToken_key" ON "Mirror"("kioskToken");

-- CreateIndex
CREATE UNIQUE INDEX "Mirror_resultsToken_key" ON "Mirror"("resultsToken");

-- CreateIndex
CREATE INDEX "Mirror_clientId_idx" ON "Mirror"("clientId");

-- CreateIndex
CREATE INDEX "Mirror_pairedScanId_idx" ON "Mirror"("pairedScanId");

-- CreateIndex
CREATE INDEX "Mirror_status_closesAt_idx" ON "Mirror"("status", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "MirrorInvite_tokenHash_key" ON "MirrorInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "MirrorInvite_mirrorId_idx" ON "MirrorInvite"("mirrorId");

-- CreateIndex
CREATE INDEX "MirrorResponse_mirrorId_idx" ON "MirrorResponse"("mirrorId");

