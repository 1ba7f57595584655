import "server-only";
import { db } from "@/lib/server/db/db";
import { canRemoveMember, isRole, type RemoveRefusal, type Role } from "@/lib/workspaces/membership-rules";

export type MembershipRow = { workspaceId: string; name: string; role: Role };

/** The user's workspaces, oldest membership first. */
export async function listMemberships({ userId }: { userId: string }): Promise<MembershipRow[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { workspaceId: "asc" }],
    select: { workspaceId: true, role: true, workspace: { select: { name: true } } },
  });
  return rows.map((row) => ({
    workspaceId: row.workspaceId,
    name: row.workspace.name,
    role: isRole(row.role) ? row.role : "member",
  }));
}

export type MemberRow = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

export async function listMembers({ workspaceId }: { workspaceId: string }): Promise<MemberRow[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    select: { userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    role: isRole(row.role) ? row.role : "member",
    joinedAt: row.createdAt,
  }));
}

/**
 * Takes `targetUserId` out of the workspace: an owner removing a colleague, or anyone leaving. The delete
 * itself carries the last-owner rule (an owner row goes only while another owner remains), so two owners
 * removing each other at once cannot leave the workspace without one. Access ends with the row: every
 * request looks the membership up (lib/server/auth/current-consultant.ts).
 */
export async function removeMember(options: {
  workspaceId: string;
  actor: { userId: string; role: Role };
  targetUserId: string;
}): Promise<{ ok: true } | { ok: false; error: RemoveRefusal }> {
  const { workspaceId, actor, targetUserId } = options;
  // The actor's role is read again here, not taken from the caller's earlier look-up.
  const [actorRow, targetRow, ownerCount] = await Promise.all([
    db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: actor.userId } } }),
    db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: targetUserId } } }),
    db.membership.count({ where: { workspaceId, role: "owner" } }),
  ]);
  if (!actorRow) return { ok: false, error: "not-member" };
  // Already gone: a repeated click, or the member left meanwhile. Safe to repeat.
  if (!targetRow) return { ok: true };
  const refusal = canRemoveMember({
    actor: { userId: actor.userId, role: isRole(actorRow.role) ? actorRow.role : "member" },
    target: targetRow ? { userId: targetUserId, role: isRole(targetRow.role) ? targetRow.role : "member" } : null,
    ownerCount,
  });
  if (refusal) return { ok: false, error: refusal };
  const { count } = await db.membership.deleteMany({
    where: {
      workspaceId,
      userId: targetUserId,
      OR: [
        { role: { not: "owner" } },
        { workspace: { members: { some: { role: "owner", userId: { not: targetUserId } } } } },
      ],
    },
  });
  if (count === 1) return { ok: true };
  // Gone meanwhile (a repeat: already removed), or the other owner left first.
  const still = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: targetUserId } },
  });
  return still ? { ok: false, error: "last-owner" } : { ok: true };
}
