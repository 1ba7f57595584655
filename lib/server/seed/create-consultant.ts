import "server-only";
import { checkPassword } from "@/lib/auth/password-policy";
import { auth } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db/db";
import { ensureWorkspace } from "@/lib/server/workspaces/ensure-workspace";

export type SeededConsultant = { userId: string; name: string; email: string; workspaceId: string; created: boolean };

/**
 * A consultant account with its workspace, made the way sign-up makes it (better-auth hashes the
 * password), for the demo data and tests. An existing account with that email is reused as it is.
 */
export async function createConsultant({
  email,
  name,
  password,
}: {
  email: string;
  name: string;
  password: string;
}): Promise<SeededConsultant> {
  const normalised = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalised }, select: { id: true, name: true } });
  if (existing) {
    const { workspaceId } = await ensureWorkspace({ userId: existing.id, name: existing.name });
    return { userId: existing.id, name: existing.name, email: normalised, workspaceId, created: false };
  }
  // The same rule as the sign-up form, so a seeded password is one a person could have chosen.
  const problem = checkPassword(password, { email: normalised });
  if (problem) throw new Error(`createConsultant: the password is refused (${problem})`);
  // No request here: the nextCookies plugin finds no cookie store and leaves cookies alone.
  const result = await auth.api.signUpEmail({ body: { email: normalised, name, password } });
  // Sign-up signs the new user in; nobody holds that session's cookie, so it is removed.
  await db.session.deleteMany({ where: { userId: result.user.id } });
  // Made by the administrator (demo data, scripts, tests), not by someone signing up: the address counts as verified.
  await db.user.update({ where: { id: result.user.id }, data: { emailVerified: true } });
  const { workspaceId } = await ensureWorkspace({ userId: result.user.id, name });
  return { userId: result.user.id, name, email: normalised, workspaceId, created: true };
}
