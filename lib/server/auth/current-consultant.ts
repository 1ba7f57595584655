import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/server/auth/auth";
import { ensureWorkspace } from "@/lib/server/workspaces/ensure-workspace";
import { listMemberships } from "@/lib/server/workspaces/memberships";
import { pickWorkspace, type Role, WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";

export type WorkspaceChoice = { workspaceId: string; name: string; role: Role };

export type Consultant = {
  userId: string;
  name: string;
  email: string;
  /** Whether the address is verified (lib/server/auth/email-verification.ts); until then no invitation mail leaves. */
  emailVerified: boolean;
  /** The workspace this request works in; every data function is scoped to it. */
  workspaceId: string;
  workspaceName: string;
  role: Role;
  /** Every workspace the user belongs to, oldest first (more than one after joining a colleague's). */
  workspaces: WorkspaceChoice[];
  /** The workspace cookie named one the user was removed from (or left): say so once they land elsewhere. */
  lostWorkspace: boolean;
};

/**
 * The signed-in consultant, checked against the session table AND the membership table on every request
 * (React's cache lasts one request), so a member removed on one app server has no access on the next
 * request to any server. Nothing about the role is kept in the session or the cookie.
 */
export const getConsultant = cache(async (): Promise<Consultant | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id: userId, name, email, emailVerified } = session.user;
  let memberships = await listMemberships({ userId });
  if (memberships.length === 0) {
    await ensureWorkspace({ userId, name });
    memberships = await listMemberships({ userId });
  }
  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const { membership, lost } = pickWorkspace(memberships, chosen);
  if (!membership) return null;
  return {
    userId,
    name,
    email,
    emailVerified,
    workspaceId: membership.workspaceId,
    workspaceName: membership.name,
    role: membership.role,
    workspaces: memberships,
    lostWorkspace: lost,
  };
});

/** For pages and actions: sends a signed-out visitor to the sign-in page. */
export async function requireConsultant(): Promise<Consultant> {
  const consultant = await getConsultant();
  if (!consultant) redirect("/sign-in");
  return consultant;
}

/** The signed-in user without making a workspace (pages a visitor reaches before joining one). */
export const getSignedInUser = cache(async (): Promise<{ userId: string; name: string; email: string } | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? { userId: session.user.id, name: session.user.name, email: session.user.email } : null;
});
