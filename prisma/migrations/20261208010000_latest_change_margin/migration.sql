-- The dashboard says what the margins allow about each client's latest change. Existing clients get it when
-- their summary is next refreshed (submit, close, attach); until then the column shows the change alone.

-- AlterTable
ALTER TABLE "Client" ADD COLUMN "latestChangeBasis" TEXT;
ALTER TABLE "Client" ADD COLUMN "latestChangeBeyond" INTEGER;
ALTER TABLE "Client" ADD COLUMN "latestChangeJudged" INTEGER;

