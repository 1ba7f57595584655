import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { secureCookies } from "@/lib/security/secure-cookies";
import { authSecret } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db/db";

/**
 * The OWASP "device cookie" (docs/security.md): every successful sign-in gives the browser a cookie, signed with
 * the auth secret, naming the account and a random nonce. A later sign-in to that account from a browser that
 * presents it is throttled per cookie (SignInThrottle key `device:<nonce>`), not by the account's counter that
 * anyone can raise, so guessing from elsewhere cannot keep the owner out. A cookie for another account, a forged
 * or an old one counts for nothing: that attempt is an unknown device's. The signature also covers the account's
 * current password hash (`credentialTag`), so a new password — a reset after a leak — makes every cookie issued
 * before it worthless.
 */

export const DEVICE_COOKIE = "klantkompas-device";
/** How long a device stays known without signing in again. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 86_400;

const VERSION = "d1";

const normalise = (email: string) => email.trim().toLowerCase();

function sign(payload: string, secret: string, credential: string): string {
  return createHmac("sha256", secret).update(`device-cookie:${credential}:${payload}`).digest("base64url");
}

/** What binds a cookie to the account's current password: a digest of its stored hash ("" without one). */
export async function credentialTag(email: string): Promise<string> {
  const account = await db.account.findFirst({
    where: { providerId: "credential", user: { email: normalise(email) } },
    select: { password: true },
  });
  return account?.password ? createHash("sha256").update(account.password).digest("base64url") : "";
}

/** A new cookie value for this account (pure apart from the nonce; `secret` only for the unit tests). */
export function createDeviceCookieValue(
  email: string,
  options: { now?: Date; secret?: string; credential?: string } = {},
): string {
  const nonce = randomBytes(18).toString("base64url");
  const issued = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const payload = `${VERSION}.${Buffer.from(normalise(email)).toString("base64url")}.${nonce}.${issued}`;
  return `${payload}.${sign(payload, options.secret ?? authSecret, options.credential ?? "")}`;
}

/**
 * The nonce of a valid cookie for this account, or null: a bad signature, another account's cookie, an expired
 * one or garbage all give null (an unknown device).
 */
export function readDeviceCookie(
  value: string | null | undefined,
  email: string,
  options: { now?: Date; secret?: string; credential?: string } = {},
): string | null {
  if (!value || value.length > 512) return null;
  const parts = value.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [version, who, nonce, issuedText, signature] = parts as [string, string, string, string, string];
  const expected = Buffer.from(
    sign(`${version}.${who}.${nonce}.${issuedText}`, options.secret ?? authSecret, options.credential ?? ""),
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(who, "base64url").toString() !== normalise(email)) return null;
  const issued = Number(issuedText);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (!Number.isInteger(issued) || issued > now + 60 || now - issued > DEVICE_COOKIE_MAX_AGE_SECONDS) return null;
  return /^[A-Za-z0-9_-]{24}$/.test(nonce) ? nonce : null;
}

/** The cookie's attributes: HttpOnly, SameSite=Lax, Secure under the same rule as the session cookie. */
export function deviceCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies(),
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  };
}
