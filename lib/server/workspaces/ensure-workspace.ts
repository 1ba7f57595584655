import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/server/db/db";

/**
 * The id of a user's own first workspace, derived from the user: two first requests at once both try to
 * create THIS row, and the second create fails instead of leaving the user with two workspaces (which the
 * workspace switcher would show). Lower-case hex, like the ids the app accepts elsewhere.
 */
const ownWorkspaceId = (userId: string) => `w${createHash("sha256").update(userId).digest("hex").slice(0, 24)}`;

/** Every consultant works in a workspace; the first is created on sign-up (or first use, if that failed). */
export async function ensureWorkspace({
  userId,
  name,
}: {
  userId: string;
  name: string;
}): Promise<{ workspaceId: string }> {
  const membership = await db.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" } });
  if (membership) return { workspaceId: membership.workspaceId };
  const id = ownWorkspaceId(userId);
  const created = await db.workspace
    .create({ data: { id, name, members: { create: { userId, role: "owner" } } }, select: { id: true } })
    .catch(() => null);
  if (created) return { workspaceId: created.id };
  // Another request made it first: that one is the user's. (Should the id be taken by a workspace the user
  // is not in — left long ago — a fresh random id is used instead.)
  const mine = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: id, userId } } });
  if (mine) return { workspaceId: id };
  const fresh = await db.workspace.create({
    data: { name, members: { create: { userId, role: "owner" } } },
    select: { id: true },
  });
  return { workspaceId: fresh.id };
}
