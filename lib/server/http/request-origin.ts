import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddressFromHeaders, originFromHeaders } from "@/lib/security/forwarding";

/**
 * Absolute origin for links people copy (resume, share, invite): PUBLIC_URL when set, else the request's
 * own Host. X-Forwarded-Host / -Proto only count from a proxy TRUST_PROXY names (lib/security/forwarding.ts),
 * so a client can never choose the host of a link.
 */
export async function getRequestOrigin(): Promise<string> {
  return originFromHeaders(await headers(), { trust: env.TRUST_PROXY, publicUrl: env.PUBLIC_URL });
}

/** The client's IP address for the per-IP limits: the socket's peer unless TRUST_PROXY says otherwise. */
export async function getClientAddress(): Promise<string | null> {
  return clientAddressFromHeaders(await headers(), env.TRUST_PROXY);
}
