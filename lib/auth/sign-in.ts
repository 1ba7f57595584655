import "server-only";
import { APIError } from "better-auth/api";
import { auth } from "./auth";
import { type Reservation, recordSuccessfulSignIn, reserveSignInAttempt } from "./sign-in-throttle";

export type SignInResult =
  | { ok: true; headers: Headers }
  | { ok: false; error: "invalid-credentials" }
  | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * The attempt is counted first (atomically), the password checked only when the count allows it, so no
 * burst of parallel guesses gets more checks than the limit. `headers` carry the session cookie on success.
 */
export async function signInWithThrottle(options: {
  email: string;
  password: string;
  ip: string | null;
  requestHeaders?: Headers;
}): Promise<SignInResult> {
  const who = { email: options.email, ip: options.ip };
  const allowed: Reservation = await reserveSignInAttempt(who);
  if (!allowed.ok) return { ok: false, error: "throttled", retryAfterSeconds: allowed.retryAfterSeconds };
  try {
    const result = await auth.api.signInEmail({
      body: { email: options.email, password: options.password },
      headers: options.requestHeaders ?? new Headers(),
      returnHeaders: true,
    });
    await recordSuccessfulSignIn(who);
    return { ok: true, headers: result.headers };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { ok: false, error: "invalid-credentials" };
  }
}
