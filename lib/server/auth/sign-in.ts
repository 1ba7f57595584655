import "server-only";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/server/auth/auth";
import { createDeviceCookieValue, credentialTag, readDeviceCookie } from "@/lib/server/auth/device-cookie";
import { recordSuccessfulSignIn, reserveSignInAttempt } from "@/lib/server/auth/sign-in-throttle";
import type { Reservation } from "@/lib/server/throttle/reserve-attempt";

export type SignInResult =
  /** `deviceCookie`: the new device cookie's value (lib/server/auth/device-cookie.ts) for the caller to set. */
  | { ok: true; headers: Headers; deviceCookie: string; userId: string; email: string }
  | { ok: false; error: "invalid-credentials" }
  | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * The attempt is counted first (atomically), the password checked only when the count allows it, so no
 * burst of parallel guesses gets more checks than the limit. `headers` carry the session cookie on success.
 * A browser presenting a valid device cookie for this account is counted per cookie instead of per account
 * and address, so a stranger's guesses cannot keep the owner out; it gets a fresh cookie on success.
 */
export async function signInWithThrottle(options: {
  email: string;
  password: string;
  ip: string | null;
  requestHeaders?: Headers;
  /** The request's device cookie, if any; only a valid one for this account counts. */
  deviceCookie?: string | null;
}): Promise<SignInResult> {
  // Only a browser that presents a cookie costs the look-up of the password it was issued under.
  const device = options.deviceCookie
    ? readDeviceCookie(options.deviceCookie, options.email, { credential: await credentialTag(options.email) })
    : null;
  const who = { email: options.email, ip: options.ip, device };
  const allowed: Reservation = await reserveSignInAttempt(who);
  if (!allowed.ok) return { ok: false, error: "throttled", retryAfterSeconds: allowed.retryAfterSeconds };
  try {
    const result = await auth.api.signInEmail({
      body: { email: options.email, password: options.password },
      headers: options.requestHeaders ?? new Headers(),
      returnHeaders: true,
    });
    await recordSuccessfulSignIn(who);
    const credential = await credentialTag(options.email);
    return {
      ok: true,
      headers: result.headers,
      deviceCookie: createDeviceCookieValue(options.email, { credential }),
      userId: result.response.user.id,
      email: result.response.user.email,
    };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { ok: false, error: "invalid-credentials" };
  }
}
