import { secureCookies } from "@/lib/security/secure-cookies";

/** The cookie in which a browser remembers its own response to a round's team link (never sent to others). */
export function roundCookieName(teamToken: string): string {
  // A prefix of the team token: enough to tell rounds apart, without putting the whole capability in the name.
  return `kk_round_${teamToken.slice(0, 12).replace(/[^A-Za-z0-9]/g, "")}`;
}

/** The same for a claimed personal link, so its holder's browser finds its response again. */
export function inviteCookieName(inviteToken: string): string {
  return `kk_invite_${inviteToken.slice(0, 12).replace(/[^A-Za-z0-9]/g, "")}`;
}

/** HttpOnly, and Secure under the install's one rule (lib/security/secure-cookies.ts). */
export function roundCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies(),
    path: "/",
    maxAge: 180 * 86_400,
  };
}
