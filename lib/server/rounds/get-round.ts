import "server-only";
import { cache } from "react";
import { type RoundAggregate, readAggregate } from "@/lib/aggregation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { type RoundProgress, roundProgress } from "@/lib/scan-rules/round-progress";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { db } from "@/lib/server/db/db";
import { closeIfDue } from "@/lib/server/rounds/close-round";

const ROUND_FIELDS = {
  id: true,
  kind: true,
  status: true,
  organisationName: true,
  organiserRole: true,
  clientId: true,
  questionnaireId: true,
  questionnaireVersion: true,
  locale: true,
  closesAt: true,
  closedAt: true,
  createdAt: true,
  submittedAt: true,
  roles: true,
  teams: true,
  minGroupSize: true,
  resultsToken: true,
  organiserToken: true,
  teamToken: true,
  respondentCount: true,
  unfinishedCount: true,
  aggregate: true,
  reminderDaysBefore: true,
  autoReminderSentAt: true,
  lastReminderAt: true,
  expectedRespondents: true,
  sealed: true,
} as const;

/** A round's row as ROUND_FIELDS reads it; derived from the select, so the two cannot drift apart. */
type RoundRow = Prisma.ScanGetPayload<{ select: typeof ROUND_FIELDS }>;

export type Round = Omit<RoundRow, "roles" | "teams" | "aggregate"> & {
  roles: string[];
  teams: string[];
  closed: boolean;
  questionnaire: Questionnaire;
  /** The snapshot written at close; null while open. */
  aggregate: RoundAggregate | null;
};

function toRound(row: RoundRow): Round | null {
  const questionnaire = getQuestionnaire(row.questionnaireId, row.questionnaireVersion);
  if (!questionnaire) return null;
  return {
    ...row,
    roles: parseLines(row.roles),
    teams: parseLines(row.teams),
    closed: isRoundClosed(row),
    questionnaire,
    aggregate: row.aggregate ? readAggregate(JSON.parse(row.aggregate)) : null,
  };
}

async function findRound(where: { organiserToken: string } | { teamToken: string } | { resultsToken: string }) {
  const row = await db.scan.findFirst({ where: { ...where, kind: "team" }, select: ROUND_FIELDS });
  if (!row) return null;
  if (row.status === "open" && isRoundClosed(row)) {
    await closeIfDue(row);
    const again = await db.scan.findFirst({ where: { id: row.id }, select: ROUND_FIELDS });
    return again ? toRound(again) : null;
  }
  return toRound(row);
}

export const getRoundByOrganiserToken = cache((token: string) => findRound({ organiserToken: token }));
export const getRoundByTeamToken = cache((token: string) => findRound({ teamToken: token }));
export const getRoundByResultsToken = cache((token: string) => findRound({ resultsToken: token }));

export type PersonalLink = {
  /** The response's id (what its mail refers to). */
  id: string;
  invitee: string;
  /** Null in a sealed round: its links are mailed and never shown to anyone, so they never leave the database. */
  inviteToken: string | null;
  status: "invited" | "opened" | "started" | "submitted";
};

/**
 * What the organiser follows: progress counts and the personal links with their state. Never an answer or a
 * score; per-group counts only where no per-invitee state exists beside them (lib/scan-rules/round-progress.ts);
 * in a sealed round never a personal link itself.
 */
export async function getRoundProgress(round: Pick<Round, "id" | "minGroupSize" | "sealed">): Promise<{
  progress: RoundProgress;
  personalLinks: PersonalLink[];
}> {
  const responses = await db.response.findMany({
    where: { scanId: round.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      team: true,
      invitee: true,
      inviteToken: !round.sealed,
      status: true,
      startedAt: true,
    },
  });
  const progress = roundProgress(
    responses.map((r) => ({
      role: r.role,
      team: r.team,
      invited: r.invitee !== null,
      started: r.startedAt !== null,
      submitted: r.status === "submitted",
    })),
    round.minGroupSize,
  );
  const personalLinks = responses.flatMap((r) =>
    r.invitee === null
      ? []
      : [
          {
            id: r.id,
            invitee: r.invitee,
            inviteToken: round.sealed ? null : (r.inviteToken ?? null),
            status:
              r.status === "submitted"
                ? ("submitted" as const)
                : r.startedAt
                  ? ("started" as const)
                  : r.role
                    ? ("opened" as const)
                    : ("invited" as const),
          },
        ],
  );
  return { progress, personalLinks };
}

/** What the personal-link page needs: the round, and whether the link was already claimed. */
export async function getInvite(inviteToken: string) {
  const response = await db.response.findUnique({
    where: { inviteToken },
    select: { role: true, resumeToken: true, scan: { select: { kind: true, teamToken: true } } },
  });
  if (response?.scan.kind !== "team" || !response.scan.teamToken) return null;
  const round = await getRoundByTeamToken(response.scan.teamToken);
  return round ? { round, claimed: response.role !== "", resumeToken: response.resumeToken } : null;
}
