import "server-only";
import { parseMailAddress } from "@/lib/mail/mail-address";
import { MAIL_KIND, MAIL_REF } from "@/lib/mail/mail-kinds";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { addressKey } from "@/lib/security/client-address";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";
import { type MailRefusal, MailRefusedError } from "@/lib/server/mail/mail-quota";
import { queueRoundInvitations } from "@/lib/server/rounds/round-mail";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";

export type JoinRoundResult =
  | { ok: true; resumeToken: string }
  | { ok: false; error: "not-found" | "closed" | "invalid-role" | "invalid-team" | "sealed" | "full" }
  | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * Joins through one round's team link, counted in the database (SignInThrottle, the sign-in throttle's table and
 * its conditional update), so every app server sees the same counts. Per network (an IPv4 address, an IPv6 /64):
 * enough for a whole office behind one address to join in an hour. Per browser (a random id in a cookie):
 * a shared computer serves a few colleagues, a script that keeps its cookies cannot pad from it.
 */
export const JOIN_LIMITS = {
  network: { maxAttempts: 40, windowMinutes: 60 },
  browser: { maxAttempts: 3, windowMinutes: 60 },
} as const;

/** Who is joining, for the rate limits: the client address (null when unknown) and the browser's id cookie. */
export type JoinRequester = { ip: string | null; browserId: string };

type RoundChoice = { roles: string; teams: string };

/** The role must be one the round offers; a team too, where the round has teams (none: the whole organisation). */
function checkChoice(scan: RoundChoice, role: string, team: string): "invalid-role" | "invalid-team" | null {
  if (!parseLines(scan.roles).includes(role)) return "invalid-role";
  const teams = parseLines(scan.teams);
  if (team && !teams.includes(team)) return "invalid-team";
  return null;
}

/**
 * Everyone who opens the team link gets a response of their own, with a resume link only they hold — up to the
 * expected number of respondents the organiser set. Nobody can tell a made-up response from a real one, so the
 * cap is what bounds padding through the team link. A sealed round has no team link: it refuses every join.
 */
export async function joinRound({
  teamToken,
  role,
  team,
  locale,
  requester,
}: {
  teamToken: string;
  role: string;
  team: string;
  locale: string;
  /** The web request's network and browser; seeding scripts and tests of other rules leave it out. */
  requester?: JoinRequester;
}): Promise<JoinRoundResult> {
  const scan = await db.scan.findFirst({
    where: { teamToken, kind: "team" },
    select: { id: true, status: true, closesAt: true, roles: true, teams: true, sealed: true },
  });
  if (!scan) return { ok: false, error: "not-found" };
  if (isRoundClosed(scan)) return { ok: false, error: "closed" };
  if (scan.sealed) return { ok: false, error: "sealed" };
  const invalid = checkChoice(scan, role, team);
  if (invalid) return { ok: false, error: invalid };
  if (requester) {
    // Each join is counted before anything is stored, the browser first: a browser over its limit does not use
    // up its network's joins.
    const byBrowser = await reserveWindowAttempt({
      key: `round-join-browser:${scan.id}:${requester.browserId}`,
      rule: JOIN_LIMITS.browser,
    });
    if (!byBrowser.ok) return { ok: false, error: "throttled", retryAfterSeconds: byBrowser.retryAfterSeconds };
    if (requester.ip) {
      const byNetwork = await reserveWindowAttempt({
        key: `round-join-net:${scan.id}:${addressKey(requester.ip)}`,
        rule: JOIN_LIMITS.network,
      });
      if (!byNetwork.ok) return { ok: false, error: "throttled", retryAfterSeconds: byNetwork.retryAfterSeconds };
    }
  }
  // One conditional update takes a place under the cap: of joins arriving at once exactly the places left are
  // taken (PostgreSQL re-checks the WHERE of a row another transaction changed), with no lock held meanwhile.
  const { count } = await db.scan.updateMany({
    where: { id: scan.id, status: "open", teamJoins: { lt: db.scan.fields.expectedRespondents } },
    data: { teamJoins: { increment: 1 } },
  });
  if (count !== 1) return { ok: false, error: "full" };
  const resumeToken = createToken();
  try {
    await db.response.create({
      data: { scanId: scan.id, resumeToken, role, team: team || null, locale, source: "team" },
    });
  } catch (error) {
    // Give the place back: nothing was stored.
    await db.scan.update({ where: { id: scan.id }, data: { teamJoins: { decrement: 1 } } });
    throw error;
  }
  return { ok: true, resumeToken };
}

/** How many responses came through the team link so far (what the organiser sees beside the cap). */
export function countTeamLinkResponses(scanId: string): Promise<number> {
  return db.response.count({ where: { scanId, source: "team" } });
}

/**
 * The organiser changes the expected respondents while the round is open; never below the team-link
 * responses already in (those are not taken back): one conditional update against the joins counter.
 */
export async function setExpectedRespondents({
  scanId,
  expected,
}: {
  scanId: string;
  expected: number;
}): Promise<{ ok: true } | { ok: false; error: "closed" | "sealed" | "below-joined"; joined?: number }> {
  const scan = await db.scan.findUnique({
    where: { id: scanId },
    select: { status: true, closesAt: true, sealed: true },
  });
  if (!scan || isRoundClosed(scan)) return { ok: false, error: "closed" };
  if (scan.sealed) return { ok: false, error: "sealed" };
  // Conditional on the joins so far, so a join racing this change is never left above the new cap.
  const { count } = await db.scan.updateMany({
    where: { id: scanId, status: "open", teamJoins: { lte: expected } },
    data: { expectedRespondents: expected },
  });
  if (count === 1) return { ok: true };
  const { teamJoins } = await db.scan.findUniqueOrThrow({ where: { id: scanId }, select: { teamJoins: true } });
  return { ok: false, error: "below-joined", joined: teamJoins };
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
  | { ok: false; error: "closed" | "not-found" | "mail-limit" | "sealed" | MailRefusal }
> {
  const scan = await db.scan.findFirst({
    where: { id: scanId, kind: "team" },
    select: { status: true, closesAt: true, sealed: true },
  });
  if (!scan) return { ok: false, error: "not-found" };
  if (isRoundClosed(scan)) return { ok: false, error: "closed" };
  // Sealed: every link goes out by mail and is never shown, so every line must be an address and mail must be on.
  if (scan.sealed && (!mail || invitees.some((invitee) => parseMailAddress(invitee) === null))) {
    return { ok: false, error: "sealed" };
  }
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
          source: "personal",
        })),
        select: { id: true },
      });
      if (!mail) return 0;
      return queueRoundInvitations({ scanId, responseIds: created.map((r) => r.id), ...mail }, tx);
    });
    return { ok: true, added: fresh.length, mailed };
  } catch (error) {
    if (error instanceof MailCapReached) return { ok: false, error: "mail-limit" };
    // No verified owner, or a daily cap reached (lib/server/mail/mail-quota.ts): the transaction stored nothing.
    if (error instanceof MailRefusedError) return { ok: false, error: error.reason };
    // Two lists sent at once with a name in common: the unique (scan, invitee) index refused this whole insert;
    // once more, now that the other list is in, adds the names that are still new.
    if ((error as { code?: string }).code !== "P2002" || retried) throw error;
    return addPersonalLinks({ scanId, invitees, locale, mail, retried: true });
  }
}
