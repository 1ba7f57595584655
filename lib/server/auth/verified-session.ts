import "server-only";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/server/auth/auth";
import { createDeviceCookieValue, credentialTag } from "@/lib/server/auth/device-cookie";
import { db } from "@/lib/server/db/db";

/**
 * How far apart an account's creation and the sign-up cookie's issue may be for the cookie to count as the one
 * that created it. The cookie is set in the same request that creates the account (a second or two later on a
 * slow machine); a sign-up of an address that was already taken also gets a cookie — the same answer for both —
 * but for an account made earlier, by whoever chose its password.
 */
export const SIGN_UP_MATCH_SECONDS = 120;

/**
 * True when the account was created by the sign-up that issued the cookie: created at most
 * SIGN_UP_MATCH_SECONDS before the cookie, and not after it (plus the cookie's one-second rounding).
 * Without this, someone who signed up a stranger's address with a password of their own could have the
 * stranger — signing up later in their own browser, getting "check your mail" and clicking the first link —
 * signed in to the account whose password the attacker knows (pre-account hijacking).
 */
export function createdBySignUpAt(createdAt: Date, signedUpAt: Date): boolean {
  const gap = (signedUpAt.getTime() - createdAt.getTime()) / 1000;
  return gap >= -1 && gap <= SIGN_UP_MATCH_SECONDS;
}

/**
 * Signs in the account whose address a verification link just confirmed, when the browser that spent the link is
 * the one that signed that address up (its sign-up cookie names it: lib/server/auth/sign-up-cookie.ts). The caller
 * checked the cookie; this checks the account is verified with that address now and was created by the sign-up
 * that issued the cookie (createdBySignUpAt). Returns the device cookie's value
 * (as a password sign-in gives one), or null when no session was made.
 */
export async function signInVerifiedUser(options: {
  email: string;
  /** When this browser's sign-up form was accepted (the sign-up cookie's issue time). */
  signedUpAt: Date;
}): Promise<{ deviceCookie: string } | null> {
  const email = options.email.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, emailVerified: true, createdAt: true },
  });
  if (!user?.emailVerified) return null;
  if (!createdBySignUpAt(user.createdAt, options.signedUpAt)) return null;
  try {
    await auth.api.signInVerifiedUser({ body: { userId: user.id } });
  } catch (error) {
    if (error instanceof APIError) return null;
    throw error;
  }
  return { deviceCookie: createDeviceCookieValue(email, { credential: await credentialTag(email) }) };
}
