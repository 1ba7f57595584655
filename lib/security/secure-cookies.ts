import { type Env, env } from "@/lib/env";

/**
 * Whether this install's cookies (session, device, workspace, round) carry Secure: yes in production, and whenever
 * PUBLIC_URL is https; a plain-http PUBLIC_URL (a LAN install) opts out explicitly, or the browser would drop them.
 */
export function secureCookies(config: Pick<Env, "PUBLIC_URL" | "NODE_ENV"> = env): boolean {
  return config.PUBLIC_URL ? config.PUBLIC_URL.startsWith("https://") : config.NODE_ENV === "production";
}
