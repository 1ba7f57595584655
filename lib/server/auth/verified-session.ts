import "server-only";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/server/auth/auth";
import { createDeviceCookieValue, credentialTag } from "@/lib/server/auth/device-cookie";
import { db } from "@/lib/server/db/db";

/**
 * Signs in the account whose address a verification link just confirmed, when the browser that spent the link is
 * the one that signed that address up (its sign-up cookie names it: lib/server/auth/sign-up-cookie.ts). The caller
 * checked the cookie; this checks the account is verified with that address now. Returns the device cookie's value
 * (as a password sign-in gives one), or null when no session was made.
 */
export async function signInVerifiedUser(options: { email: string }): Promise<{ deviceCookie: string } | null> {
  const email = options.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (!user?.emailVerified) return null;
  try {
    await auth.api.signInVerifiedUser({ body: { userId: user.id } });
  } catch (error) {
    if (error instanceof APIError) return null;
    throw error;
  }
  return { deviceCookie: createDeviceCookieValue(email, { credential: await credentialTag(email) }) };
}
