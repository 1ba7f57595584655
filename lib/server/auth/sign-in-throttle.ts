import "server-only";
import { addressKey } from "@/lib/security/client-address";
import { db } from "@/lib/server/db/db";
import {
  type AttemptCount,
  fixedWindow,
  type Reservation,
  reserveAttempt,
} from "@/lib/server/throttle/reserve-attempt";

/**
 * Limits on guessing, counted in the database (SignInThrottle) so every app server sees the same counts.
 * Every attempt is counted BEFORE the password is checked, with a conditional update, so a burst of
 * parallel requests gets no more checks than the limit (docs/security.md):
 * - per account: 5 attempts free, then each further one waits twice as long as the one before
 *   (15 s, 30 s, 1 min … at most 5 min); the count starts afresh an hour after its first attempt, and a
 *   successful sign-in clears it. Never a lock-out: the owner waits at most 5 minutes.
 * - per IP address (IPv6: per /64): 30 sign-in attempts per 15 minutes, 30 sign-ups per hour; then that
 *   address waits until its window ends. A successful sign-in gives its attempt back.
 * - per known device (a valid device cookie for the account, lib/server/auth/device-cookie.ts): the account's rule,
 *   but counted per cookie (5 free, then 15 s doubling up to 5 min); a successful sign-in clears it. Such an
 *   attempt counts neither for the account nor for the address, so nobody else's guesses can keep the owner
 *   out; a cookie used for guessing holds only itself back.
 */
export const THROTTLE_RULES = {
  account: { freeAttempts: 5, firstDelaySeconds: 15, maxDelaySeconds: 300, windowMinutes: 60 },
  signInIp: { maxAttempts: 30, windowMinutes: 15 },
  signUpIp: { maxAttempts: 30, windowMinutes: 60 },
} as const;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The wait after the nth attempt of an account (pure, exported for the tests). */
export function accountDelaySeconds(attempts: number): number {
  const rule = THROTTLE_RULES.account;
  if (attempts < rule.freeAttempts) return 0;
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** (attempts - rule.freeAttempts));
}

function nextAccountState(row: AttemptCount | null, now: Date): AttemptCount {
  const rule = THROTTLE_RULES.account;
  const fresh = !row || now.getTime() - row.windowStart.getTime() >= rule.windowMinutes * MINUTE;
  const failures = fresh ? 1 : row.failures + 1;
  const delay = accountDelaySeconds(failures);
  return {
    failures,
    windowStart: fresh ? now : row.windowStart,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay * SECOND) : null,
  };
}

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const signInIpKey = (ip: string) => `ip:${addressKey(ip)}`;
export const signUpIpKey = (ip: string) => `signup-ip:${addressKey(ip)}`;
export const deviceKey = (nonce: string) => `device:${nonce}`;

/**
 * Counts a sign-in attempt for the address and the account before the password is checked. The
 * address is counted first: an address over its limit does not make the account wait.
 */
export async function reserveSignInAttempt(options: {
  email: string;
  ip?: string | null;
  /** The nonce of a valid device cookie for this account: then only that device is counted. */
  device?: string | null;
  now?: Date;
}): Promise<Reservation> {
  const now = options.now ?? new Date();
  if (options.device) return reserveAttempt(deviceKey(options.device), now, nextAccountState);
  if (options.ip) {
    const byIp = await reserveAttempt(signInIpKey(options.ip), now, fixedWindow(THROTTLE_RULES.signInIp));
    if (!byIp.ok) return byIp;
  }
  return reserveAttempt(accountKey(options.email), now, nextAccountState);
}

/** Counts a sign-up attempt for the address. */
export async function reserveSignUpAttempt(options: { ip?: string | null; now?: Date }): Promise<Reservation> {
  if (!options.ip) return { ok: true };
  return reserveAttempt(signUpIpKey(options.ip), options.now ?? new Date(), fixedWindow(THROTTLE_RULES.signUpIp));
}

/**
 * A successful sign-in clears the account's count and gives the address its attempt back (one user's
 * success says nothing of the other attempts from that address).
 */
export async function recordSuccessfulSignIn(options: {
  email: string;
  ip?: string | null;
  device?: string | null;
}): Promise<void> {
  if (options.device) {
    // A known device's success says nothing about the guesses from elsewhere: the account's count stays.
    await db.signInThrottle.deleteMany({ where: { key: deviceKey(options.device) } });
    return;
  }
  await db.signInThrottle.deleteMany({ where: { key: accountKey(options.email) } });
  if (options.ip) {
    await db.signInThrottle.updateMany({
      where: { key: signInIpKey(options.ip), failures: { gt: 0 } },
      data: { failures: { decrement: 1 } },
    });
  }
}
