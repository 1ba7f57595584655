-- Issue 14: expected respondents (the team link's cap), sealed invitations, and where each response came from.

-- AlterTable
ALTER TABLE "Scan" ADD COLUMN "expectedRespondents" INTEGER;
ALTER TABLE "Scan" ADD COLUMN "sealed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Scan" ADD COLUMN "teamJoins" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'self';

-- Existing responses: a personal link where the response was made as one, the team link for the rest of a round.
UPDATE "Response" SET "source" = 'personal' WHERE "inviteToken" IS NOT NULL;
UPDATE "Response" SET "source" = 'team'
  WHERE "inviteToken" IS NULL AND "scanId" IN (SELECT "id" FROM "Scan" WHERE "kind" = 'team');

-- The team-link responses each round already has.
UPDATE "Scan" SET "teamJoins" = (
  SELECT COUNT(*) FROM "Response" WHERE "Response"."scanId" = "Scan"."id" AND "Response"."source" = 'team'
) WHERE "kind" = 'team';

-- Existing team rounds keep accepting what they already have: the cap is the team-link responses so far, and
-- at least 10 more than that, so respondents of a round still open are not turned away; the organiser lowers
-- or raises it on the organiser page.
UPDATE "Scan" SET "expectedRespondents" = "teamJoins" + 10 WHERE "kind" = 'team';
