import "server-only";
import { db } from "@/lib/db";
import { parseMailAddress } from "@/lib/mail/mail-address";
import { MAIL_KIND, MAIL_REF } from "@/lib/mail/mail-kinds";
import { type MailRefusal, MailRefusedError } from "@/lib/mail/mail-quota";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { createToken } from "@/lib/tokens";
import { queueRoundInvitations } from "./round-mail";

export type JoinRoundResult =
  | { ok: true; resumeToken: string }
  | { ok: false; error: "not-found" | "closed" | "invalid-role" | "invalid-team" };

type RoundChoice = { roles: string; teams: string };

/** The role must be one the round offers; a team too, where the round has teams (none: the whole organisation). */
function checkChoice(scan: RoundChoice, role: string, team: string): "invalid-role" | "invalid-team" | null {
  if (!parseLines(scan.roles).includes(role)) return "invalid-role";
  const teams = parseLines(scan.teams);
  if (team && !teams.includes(team)) return "invalid-team";
  return null;
}

/** Everyone who opens the team link gets a response of their own, with a resume link only they hold. */
export async function joinRound({
  teamToken,
  role,
  team,
  locale,
}: {
  teamToken: string;
  role: string;
  team: string;
  locale: string;
}): Promise<JoinRoundResult> {
  const scan = await db.scan.findFirst({
    where: { teamToken, kind: "team" },
    select: { id: true, status: true, closesAt: true, roles: true, teams: true },
  });
  if (!scan) return { ok: false, error: "not-found" };
  if (isRoundClosed(scan)) return { ok: false, error: "closed" };
  const invalid = checkChoice(scan, role, team);
  if (invalid) return { ok: false, error: invalid };
  const resumeToken = createToken();
  await db.response.create({ data: { scanId: scan.id, resumeToken, role, team: team || null, locale } });
  return { ok: true, resumeToken };
}

export type ClaimInviteResult =
  | { ok: true; resumeToken: string }
  | { ok: false; error: "not-found" | "closed" | "claimed" | "invalid-role" | "invalid-team" };

/**
 * A personal link is claimed once: the respondent says which role and team they answer for and gets a fresh resume
 * token that only their browser holds — the organiser, who knows the personal link, never sees their answers.
 */
export async function claimInvite({
  inviteToken,
  role,
  team,
}: {
  inviteToken: string;
  role: string;
  team: string;
}): Promise<ClaimInviteResult> {
  const response = await db.response.findUnique({
    where: { inviteToken },
    select: {
      id: true,
      role: true,
      scan: { select: { kind: true, status: true, closesAt: true, roles: true, teams: true } },
    },
  });
  if (response?.scan.kind !== "team") return { ok: false, error: "not-found" };
  if (isRoundClosed(response.scan)) return { ok: false, error: "closed" };
  if (response.role !== "") return { ok: false, error: "claimed" };
  const invalid = checkChoice(response.scan, role, team);
  if (invalid) return { ok: false, error: invalid };
  const resumeToken = createToken();
  // Conditional on still being unclaimed: of two browsers claiming at once, one gets the response.
  const { count } = await db.response.updateMany({
    where: { id: response.id, role: "" },
    data: { role, team: team || null, resumeToken },
  });
  return count === 1 ? { ok: true, resumeToken } : { ok: false, error: "claimed" };
}

/**
 * One personal link per name or address; the respondent chooses role and team when they open it. With `mail`,
 * each new link whose invitee is an address gets an invitation, queued in the same transaction.
 */
class MailCapReached extends Error {}

/**
 * A round opened without an account may mail this many invitations in total: enough for a team, too few to make
 * the app a free mass mailer for anyone (bigger rounds use the team link, copied links or a consultant account).
 */
export const ANONYMOUS_ROUND_MAIL_CAP = 50;

export async function addPersonalLinks({
  scanId,
  invitees,
  locale,
  mail,
  mailCap,
  retried = false,
}: {
  scanId: string;
  invitees: readonly string[];
  locale: string;
  mail?: { origin: string; senderName: string | null };
  /** At most this many invitations mailed for the round in total (rounds without an account): else nothing is stored. */
  mailCap?: number;
  retried?: boolean;
}): Promise<
  | { ok: true; added: number; mailed: number }
  | { ok: false; error: "closed" | "not-found" | "mail-limit" | MailRefusal }
> {
  const scan = await db.scan.findFirst({
    where: { id: scanId, kind: "team" },
    select: { status: true, closesAt: true },
  });
  if (!scan) return { ok: false, error: "not-found" };
  if (isRoundClosed(scan)) return { ok: false, error: "closed" };
  const existing = new Set(
    (await db.response.findMany({ where: { scanId, invitee: { not: null } }, select: { invitee: true } })).map((r) =>
      (r.invitee ?? "").toLocaleLowerCase("nl"),
    ),
  );
  // Adding the same list twice gives nobody a second link (nor a second invitation).
  const fresh = invitees.filter((invitee) => !existing.has(invitee.toLocaleLowerCase("nl")));
  try {
    const mailed = await db.$transaction(async (tx) => {
      if (mail && mailCap !== undefined) {
        // Lock the round's row first, so lists added at once are counted one after the other (PostgreSQL too).
        await tx.scan.update({ where: { id: scanId }, data: { updatedAt: new Date() } });
        const invited = await tx.response.findMany({
          where: { scanId, inviteToken: { not: null } },
          select: { id: true },
        });
        const already = await tx.mailOutbox.count({
          where: {
            kind: MAIL_KIND.roundInvitation,
            refType: MAIL_REF.response,
            refId: { in: invited.map((r) => r.id) },
          },
        });
        const mailable = fresh.filter((invitee) => parseMailAddress(invitee) !== null).length;
        if (already + mailable > mailCap) throw new MailCapReached();
      }
      const created = await tx.response.createManyAndReturn({
        data: fresh.map((invitee) => ({
          scanId,
          // Never shown to anyone: claiming the invite replaces it with one only the respondent holds.
          resumeToken: createToken(),
          inviteToken: createToken(),
          role: "",
          invitee,
          locale,
        })),
        select: { id: true },
      });
      if (!mail) return 0;
      return queueRoundInvitations({ scanId, responseIds: created.map((r) => r.id), ...mail }, tx);
    });
    return { ok: true, added: fresh.length, mailed };
  } catch (error) {
    if (error instanceof MailCapReached) return { ok: false, error: "mail-limit" };
    // No verified owner, or a daily cap reached (lib/mail/mail-quota.ts): the transaction stored nothing.
    if (error instanceof MailRefusedError) return { ok: false, error: error.reason };
    // Two lists sent at once with a name in common: the unique (scan, invitee) index refused this whole insert;
    // once more, now that the other list is in, adds the names that are still new.
    if ((error as { code?: string }).code !== "P2002" || retried) throw error;
    return addPersonalLinks({ scanId, invitees, locale, mail, retried: true });
  }
}
