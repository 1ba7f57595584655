-- CreateTable
CREATE TABLE "SubmitKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "scope" TEXT NOT NULL,
    "result" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SubmitKey_createdAt_idx" ON "SubmitKey"("createdAt");

