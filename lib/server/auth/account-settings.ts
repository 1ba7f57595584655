import "server-only";
import { APIError } from "better-auth/api";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { auth } from "@/lib/server/auth/auth";
import { recordSuccessfulSignIn, reserveSignInAttempt } from "@/lib/server/auth/sign-in-throttle";
import type { Reservation } from "@/lib/server/throttle/reserve-attempt";

/** Renames the signed-in user (better-auth's updateUser; the session identifies whom). */
export async function renameAccount(options: { name: string; requestHeaders: Headers }): Promise<void> {
  await auth.api.updateUser({ body: { name: options.name }, headers: options.requestHeaders });
}

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; error: "wrong-password" | PasswordProblem }
  | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * Changes the password after checking the current one. The check counts against the account's sign-in
 * throttle (a stolen session must not become a password oracle). Every other session ends; this browser
 * gets a fresh session cookie (better-auth's revokeOtherSessions, through the nextCookies plugin).
 */
export async function changeAccountPassword(options: {
  email: string;
  current: string;
  password: string;
  ip: string | null;
  requestHeaders: Headers;
}): Promise<ChangePasswordResult> {
  const problem = checkPassword(options.password, { email: options.email });
  if (problem) return { ok: false, error: problem };
  const allowed: Reservation = await reserveSignInAttempt({ email: options.email, ip: options.ip });
  if (!allowed.ok) return { ok: false, error: "throttled", retryAfterSeconds: allowed.retryAfterSeconds };
  try {
    await auth.api.changePassword({
      body: { currentPassword: options.current, newPassword: options.password, revokeOtherSessions: true },
      headers: options.requestHeaders,
    });
  } catch (error) {
    if (error instanceof APIError) return { ok: false, error: "wrong-password" };
    throw error;
  }
  await recordSuccessfulSignIn({ email: options.email, ip: options.ip });
  return { ok: true };
}

/** Ends every session of the signed-in user, this one included. */
export async function signOutEverywhere(options: { requestHeaders: Headers }): Promise<void> {
  await auth.api.revokeSessions({ headers: options.requestHeaders });
}
