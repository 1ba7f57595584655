import { env } from "@/lib/env";

/** The active-workspace cookie: a hint only (lib/server/auth/current-consultant.ts checks it against Membership). */
export function workspaceCookieOptions() {
  const secure = env.PUBLIC_URL ? env.PUBLIC_URL.startsWith("https://") : env.NODE_ENV === "production";
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: 365 * 86_400 };
}
