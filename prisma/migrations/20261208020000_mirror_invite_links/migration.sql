-- Issue 19: a reminder's fresh link leaves the earlier links of a customer's invite working.

-- CreateTable
CREATE TABLE "MirrorInviteLink" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "inviteId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MirrorInviteLink_inviteId_fkey" FOREIGN KEY ("inviteId") REFERENCES "MirrorInvite" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MirrorInviteLink_inviteId_idx" ON "MirrorInviteLink"("inviteId");

