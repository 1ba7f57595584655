import { secureCookies } from "@/lib/security/secure-cookies";

/** The active-workspace cookie: a hint only (lib/server/auth/current-consultant.ts checks it against Membership). */
export function workspaceCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: secureCookies(), path: "/", maxAge: 365 * 86_400 };
}
