import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { secureCookies } from "@/lib/security/secure-cookies";
import { authSecret } from "@/lib/server/auth/auth";
import { VERIFY_TOKEN_TTL_HOURS } from "@/lib/server/auth/email-verification";

/**
 * The sign-up cookie (docs/security.md, "After sign-up"): the browser that filled in the sign-up form gets a
 * cookie, signed with the auth secret, naming the address it signed up with. Every accepted sign-up gets it, a new
 * address and a taken one alike, so it says nothing about who has an account. It does two things:
 * - `signed-up`: when the verification link of that same address is spent in this browser, the confirmation also
 *   signs in (lib/server/auth/verified-session.ts). Someone who signed up a stranger's address in their own browser
 *   never sees the link; the stranger who clicks it in theirs has no cookie, so is not signed in to an account
 *   whose password someone else chose.
 * - `prefill`: the sign-in form shows the address filled in (after sign-up, or after a confirmation elsewhere).
 * The cookie lives as long as a verification link; HttpOnly, SameSite=Lax, Secure like the session cookie.
 */

export const SIGN_UP_COOKIE = "klantkompas-signup";
export const SIGN_UP_COOKIE_MAX_AGE_SECONDS = VERIFY_TOKEN_TTL_HOURS * 3600;

export type SignUpCookiePurpose = "signed-up" | "prefill";

const VERSION = "s1";
const normalise = (email: string) => email.trim().toLowerCase();

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`sign-up-cookie:${payload}`).digest("base64url");
}

/** A cookie value for this address (`secret` and `now` only for the unit tests). */
export function createSignUpCookieValue(
  email: string,
  purpose: SignUpCookiePurpose,
  options: { now?: Date; secret?: string } = {},
): string {
  const issued = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const payload = `${VERSION}.${purpose}.${Buffer.from(normalise(email)).toString("base64url")}.${issued}`;
  return `${payload}.${sign(payload, options.secret ?? authSecret)}`;
}

/** The address and purpose of a valid cookie; null when forged, expired or garbage. */
export function readSignUpCookie(
  value: string | null | undefined,
  options: { now?: Date; secret?: string } = {},
): { email: string; purpose: SignUpCookiePurpose; issuedAt: Date } | null {
  if (!value || value.length > 600) return null;
  const parts = value.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [version, purpose, who, issuedText, signature] = parts as [string, string, string, string, string];
  if (purpose !== "signed-up" && purpose !== "prefill") return null;
  const expected = Buffer.from(sign(`${version}.${purpose}.${who}.${issuedText}`, options.secret ?? authSecret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issued = Number(issuedText);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (!Number.isInteger(issued) || issued > now + 60 || now - issued > SIGN_UP_COOKIE_MAX_AGE_SECONDS) return null;
  const email = Buffer.from(who, "base64url").toString();
  return email.length > 0 && email.length <= 254 ? { email, purpose, issuedAt: new Date(issued * 1000) } : null;
}

export function signUpCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies(),
    path: "/",
    maxAge: SIGN_UP_COOKIE_MAX_AGE_SECONDS,
  };
}

/** The address this browser signed up with or confirmed, to fill in on the sign-in form; null without one. */
export async function readSignUpEmail(): Promise<{
  email: string;
  purpose: SignUpCookiePurpose;
  issuedAt: Date;
} | null> {
  return readSignUpCookie((await cookies()).get(SIGN_UP_COOKIE)?.value);
}
