import "server-only";
import { db } from "@/lib/db";

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
  const workspace = await db.workspace.create({
    data: { name, members: { create: { userId, role: "owner" } } },
    select: { id: true },
  });
  return { workspaceId: workspace.id };
}
