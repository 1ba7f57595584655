-- AlterTable
ALTER TABLE "Scan" ADD COLUMN "autoReminderSentAt" DATETIME;
ALTER TABLE "Scan" ADD COLUMN "lastReminderAt" DATETIME;
ALTER TABLE "Scan" ADD COLUMN "mailOrigin" TEXT;
ALTER TABLE "Scan" ADD COLUMN "reminderDaysBefore" INTEGER;

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "refType" TEXT,
    "refId" TEXT,
    "workspaceId" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "lockedUntil" DATETIME,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "MailOutbox_status_nextAttemptAt_idx" ON "MailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailOutbox_status_lockedUntil_idx" ON "MailOutbox"("status", "lockedUntil");

-- CreateIndex
CREATE INDEX "MailOutbox_refType_refId_idx" ON "MailOutbox"("refType", "refId");

-- CreateIndex
CREATE INDEX "MailOutbox_workspaceId_createdAt_idx" ON "MailOutbox"("workspaceId", "createdAt");

