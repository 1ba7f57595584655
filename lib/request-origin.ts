import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * Absolute origin for links people copy (resume, share, invite): PUBLIC_URL when set, else the request's
 * own Host. X-Forwarded-Host / -Proto only count when TRUST_PROXY is set, and proxy.ts has already removed
 * them from requests that do not come through a trusted proxy, so a client can never choose the host of a link.
 */
export async function getRequestOrigin(): Promise<string> {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  const h = await headers();
  const trusted = env.TRUST_PROXY.mode !== "off";
  const forwardedHost = trusted ? h.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwardedHost || h.get("host") || "localhost:3000";
  const forwardedProto = trusted ? h.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const local = host.startsWith("localhost") || host.startsWith("127.") || host.startsWith("[::1]");
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : local ? "http" : "https";
  return `${proto}://${host}`;
}
