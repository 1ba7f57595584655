// The rules of colleagues in a workspace, pure so every one is tested (membership-rules.test.ts). The data
// code (lib/workspaces/*.ts) applies them and then repeats the decisive condition in its one write, so two
// requests at once cannot both pass a check that only one of them may.

export type Role = "owner" | "member";

export const INVITATION_TTL_DAYS = 7;

/** Names the workspace a user with several works in; only a hint, checked against Membership on every request. */
export const WORKSPACE_COOKIE = "klantkompas-workspace";
const DAY = 24 * 60 * 60 * 1000;

export function isRole(value: unknown): value is Role {
  return value === "owner" || value === "member";
}

export function invitationExpiresAt(now: Date): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * DAY);
}

/** A link that expires at `expiresAt` still works until that very millisecond, and not at it. */
export function isExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export function invitationStatus(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (isExpired(invitation.expiresAt, now)) return "expired";
  return "pending";
}

export type InviteRefusal = "not-owner" | "own-address" | "already-member";

/** May `actor` invite `email`? Only owners invite; nobody invites themselves or a member already there. */
export function canInvite(options: {
  actorRole: Role;
  actorEmail: string;
  email: string;
  memberEmails: readonly string[];
}): InviteRefusal | null {
  if (options.actorRole !== "owner") return "not-owner";
  const email = options.email.trim().toLowerCase();
  if (email === options.actorEmail.trim().toLowerCase()) return "own-address";
  if (options.memberEmails.some((m) => m.trim().toLowerCase() === email)) return "already-member";
  return null;
}

export type AcceptRefusal = Exclude<InvitationStatus, "pending"> | "other-address";

/**
 * May the signed-in user with `userEmail` accept? The link alone is not enough: it must be opened by the
 * account of the address it was sent to, so a forwarded or leaked link lets nobody else in.
 */
export function canAccept(options: {
  invitation: { email: string; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };
  userEmail: string;
  now: Date;
}): AcceptRefusal | null {
  const status = invitationStatus(options.invitation, options.now);
  if (status !== "pending") return status;
  if (options.invitation.email.toLowerCase() !== options.userEmail.trim().toLowerCase()) return "other-address";
  return null;
}

export type RemoveRefusal = "not-owner" | "not-member" | "last-owner";

/**
 * May `actor` take `target` out of the workspace? Owners remove anyone; everyone may leave; a workspace
 * never loses its last owner (it would have nobody left to manage it).
 */
export function canRemoveMember(options: {
  actor: { userId: string; role: Role };
  target: { userId: string; role: Role } | null;
  ownerCount: number;
}): RemoveRefusal | null {
  const { actor, target } = options;
  if (!target) return "not-member";
  const leaving = actor.userId === target.userId;
  if (!leaving && actor.role !== "owner") return "not-owner";
  if (target.role === "owner" && options.ownerCount <= 1) return "last-owner";
  return null;
}

/**
 * The workspace a request works in: the one its cookie names when the user is (still) a member there, else
 * their oldest. `lost` says the cookie named a workspace the user no longer belongs to.
 */
export function pickWorkspace<T extends { workspaceId: string }>(
  memberships: readonly T[],
  chosen: string | null | undefined,
): { membership: T | null; lost: boolean } {
  const match = chosen ? memberships.find((m) => m.workspaceId === chosen) : undefined;
  if (match) return { membership: match, lost: false };
  return { membership: memberships[0] ?? null, lost: Boolean(chosen) };
}
