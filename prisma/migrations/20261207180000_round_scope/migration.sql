-- Issue 17: a round asks about the whole organisation or about each respondent's own team. Every scan before
-- this asked about the organisation, which is what the default gives existing rows.

-- AlterTable
ALTER TABLE "Scan" ADD COLUMN "scope" TEXT NOT NULL DEFAULT 'organisation';
