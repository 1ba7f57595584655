import "server-only";
import { createHash } from "node:crypto";
import { absoluteUrl } from "@/lib/links/absolute-url";
import type { Locale } from "@/lib/questionnaire/schema";
import { createToken, TOKEN_PATTERN } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";
import {
  type AcceptRefusal,
  canAccept,
  canInvite,
  type InvitationStatus,
  type InviteRefusal,
  invitationExpiresAt,
  invitationStatus,
  isRole,
} from "@/lib/workspaces/membership-rules";

/** The outbox's refType for invitation mails (lib/server/workspaces/colleague-invite-mail.ts). */
export const INVITATION_REF = "workspace-invitation";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const pendingKeyOf = (workspaceId: string, email: string) => `${workspaceId}:${email}`;

/** The link an invitation carries (app/colleague-invite/[token]), in the invitation's language. */
export const colleagueInviteUrl = (origin: string, token: string, locale: string) =>
  absoluteUrl({ origin, path: `/colleague-invite/${token}`, lang: locale });

/** What became of an invitation's latest mail: on its way, delivered, given up on; null when none was sent. */
export type InvitationMailStatus = "pending" | "sent" | "failed" | null;

export type InvitationRow = {
  id: string;
  email: string;
  invitedByName: string;
  createdAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
  mail: InvitationMailStatus;
};

/** The latest outbox row per invitation (a renewed invitation keeps its id and gets a new mail). */
async function mailStatuses(invitationIds: string[]): Promise<Map<string, InvitationMailStatus>> {
  if (invitationIds.length === 0) return new Map();
  const rows = await db.mailOutbox.findMany({
    where: { refType: INVITATION_REF, refId: { in: invitationIds } },
    orderBy: { createdAt: "asc" },
    select: { refId: true, status: true },
  });
  const statuses = new Map<string, InvitationMailStatus>();
  for (const row of rows) {
    if (!row.refId) continue;
    statuses.set(row.refId, row.status === "sent" ? "sent" : row.status === "failed" ? "failed" : "pending");
  }
  return statuses;
}

/** Invitations that are still pending, newest first (accepted ones show as members, revoked ones are gone). */
export async function listPendingInvitations({
  workspaceId,
  now = new Date(),
}: {
  workspaceId: string;
  now?: Date;
}): Promise<InvitationRow[]> {
  const rows = await db.workspaceInvitation.findMany({
    where: { workspaceId, pendingKey: { not: null }, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, email: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
  const mail = await mailStatuses(rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    invitedByName: row.invitedBy.name,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    status: "pending",
    mail: mail.get(row.id) ?? null,
  }));
}

/** Invitations per workspace per hour: plenty for a team, too few to use the app for mailing strangers. */
export const INVITE_LIMIT = { maxAttempts: 30, windowMinutes: 60 } as const;

export type CreatedInvitation = { id: string; token: string; email: string; expiresAt: Date; workspaceName: string };

/**
 * An owner invites `email`. Inviting an address with a pending invitation again renews it: a new link (the
 * old one stops working) and a new expiry, in one upsert on the pending key, so two owners inviting the
 * same colleague at once leave one pending invitation. The token is returned once, for the mail or the
 * copy-the-link notice; only its hash is stored.
 */
export async function createInvitation(options: {
  workspaceId: string;
  actor: { userId: string; email: string };
  email: string;
  locale: Locale;
  now?: Date;
}): Promise<
  | { ok: true; invitation: CreatedInvitation }
  | { ok: false; error: InviteRefusal }
  | { ok: false; error: "throttled"; retryAfterSeconds: number }
> {
  const now = options.now ?? new Date();
  const email = options.email.trim().toLowerCase();
  const { workspaceId } = options;
  const [actorRow, members, workspace] = await Promise.all([
    db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: options.actor.userId } } }),
    db.membership.findMany({ where: { workspaceId }, select: { user: { select: { email: true } } } }),
    db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true } }),
  ]);
  if (!actorRow || !workspace) return { ok: false, error: "not-owner" };
  const refusal = canInvite({
    actorRole: isRole(actorRow.role) ? actorRow.role : "member",
    actorEmail: options.actor.email,
    email,
    memberEmails: members.map((m) => m.user.email),
  });
  if (refusal) return { ok: false, error: refusal };
  const allowed = await reserveWindowAttempt({ key: `invite:${workspaceId}`, rule: INVITE_LIMIT, now });
  if (!allowed.ok) return { ok: false, error: "throttled", retryAfterSeconds: allowed.retryAfterSeconds };
  const token = createToken();
  const pendingKey = pendingKeyOf(workspaceId, email);
  const data = {
    tokenHash: hashToken(token),
    invitedById: options.actor.userId,
    locale: options.locale,
    expiresAt: invitationExpiresAt(now),
    createdAt: now,
  };
  // An expired invitation still holds its pending key; the upsert renews it like a pending one.
  const row = await db.workspaceInvitation.upsert({
    where: { pendingKey },
    create: { workspaceId, email, pendingKey, ...data },
    update: data,
    select: { id: true, expiresAt: true },
  });
  return {
    ok: true,
    invitation: { id: row.id, token, email, expiresAt: row.expiresAt, workspaceName: workspace.name },
  };
}

/** Withdraws a pending invitation of the owner's workspace; its link stops working. Safe to repeat. */
export async function revokeInvitation(options: {
  workspaceId: string;
  actorUserId: string;
  invitationId: string;
  now?: Date;
}): Promise<{ ok: true } | { ok: false; error: "not-owner" }> {
  const { workspaceId } = options;
  const actor = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: options.actorUserId } },
  });
  if (actor?.role !== "owner") return { ok: false, error: "not-owner" };
  await db.workspaceInvitation.updateMany({
    where: { id: options.invitationId, workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: options.now ?? new Date(), pendingKey: null },
  });
  return { ok: true };
}

export type InvitationView = {
  workspaceId: string;
  workspaceName: string;
  invitedByName: string;
  email: string;
  expiresAt: Date;
  status: InvitationStatus;
};

/** What the invitation page shows for a link; null for a token that was never issued (or is malformed). */
export async function findInvitation({
  token,
  now = new Date(),
}: {
  token: string;
  now?: Date;
}): Promise<InvitationView | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.workspaceInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      workspaceId: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  return {
    workspaceId: row.workspaceId,
    workspaceName: row.workspace.name,
    invitedByName: row.invitedBy.name,
    email: row.email,
    expiresAt: row.expiresAt,
    status: invitationStatus(row, now),
  };
}

export type AcceptResult = { ok: true; workspaceId: string } | { ok: false; error: AcceptRefusal | "not-found" };

/**
 * The signed-in user joins through the link, as a member. One transaction: the invitation is claimed by a
 * conditional update (still pending, for this address), so a link joins once; then the membership is made
 * (kept as it is when the user is already there, e.g. an owner). An empty workspace of the user's own —
 * no clients, nobody else, no invitations — is removed, so a colleague who signed up through the link works
 * in one workspace, not beside an empty one. A workspace with anything in it is kept: the user switches
 * between the two (account page).
 */
export async function acceptInvitation(options: {
  token: string;
  user: { userId: string; email: string };
  now?: Date;
}): Promise<AcceptResult> {
  const now = options.now ?? new Date();
  if (!TOKEN_PATTERN.test(options.token)) return { ok: false, error: "not-found" };
  const tokenHash = hashToken(options.token);
  const invitation = await db.workspaceInvitation.findUnique({ where: { tokenHash } });
  if (!invitation) return { ok: false, error: "not-found" };
  const refusal = canAccept({ invitation, userEmail: options.user.email, now });
  if (refusal === "accepted" && invitation.acceptedBy === options.user.userId) {
    // A repeat by the one who accepted: the same answer again.
    return { ok: true, workspaceId: invitation.workspaceId };
  }
  if (refusal) return { ok: false, error: refusal };
  const { workspaceId } = invitation;
  const userId = options.user.userId;
  return db.$transaction(async (tx) => {
    const claimed = await tx.workspaceInvitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedBy: userId, pendingKey: null },
    });
    if (claimed.count !== 1) return { ok: false, error: "accepted" } as const;
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
    if (!existing) await tx.membership.create({ data: { workspaceId, userId, role: "member" } });
    // The link reached the invited address, and only an account with that address can accept (canAccept): that
    // address is now verified (lib/server/auth/email-verification.ts). Another address never is.
    await tx.user.updateMany({
      where: { id: userId, email: invitation.email.toLowerCase() },
      data: { emailVerified: true },
    });
    await tx.workspace.deleteMany({
      where: {
        id: { not: workspaceId },
        members: { some: { userId, role: "owner" }, none: { userId: { not: userId } } },
        clients: { none: {} },
        invitations: { none: {} },
      },
    });
    return { ok: true, workspaceId } as const;
  });
}
