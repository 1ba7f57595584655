import type { TrustProxy } from "@/lib/env";
import { normalizeAddress, resolveClientAddress } from "@/lib/security/client-address";

/**
 * Forwarding headers, made safe in proxy.ts before Next.js sees a request.
 *
 * `next start` keeps an X-Forwarded-For / -Host / -Proto that the client sent and only fills them in when
 * they are missing (from the socket address, the Host header and the connection). So proxy.ts moves what
 * the client sent to headers of our own (when a proxy is trusted) and deletes the originals: Next.js then
 * writes the real peer address, Host and protocol into X-Forwarded-*, and its server-action origin check
 * compares Origin with the real Host. Our code decides with TRUST_PROXY whether the copies count.
 */
export const FORWARDED_COPIES = {
  for: "x-klantkompas-forwarded-for",
  host: "x-klantkompas-forwarded-host",
  proto: "x-klantkompas-forwarded-proto",
} as const;

const UNTRUSTED = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/** Returns request headers without client-chosen forwarding headers (copies kept when a proxy is trusted). */
export function stripForwardingHeaders(incoming: Headers, trust: TrustProxy): Headers {
  const headers = new Headers(incoming);
  for (const name of Object.values(FORWARDED_COPIES)) headers.delete(name);
  if (trust.mode !== "off") {
    const copy = (from: string, to: string) => {
      const value = incoming.get(from);
      if (value) headers.set(to, value);
    };
    copy("x-forwarded-for", FORWARDED_COPIES.for);
    copy("x-forwarded-host", FORWARDED_COPIES.host);
    copy("x-forwarded-proto", FORWARDED_COPIES.proto);
  }
  for (const name of UNTRUSTED) headers.delete(name);
  return headers;
}

/** After proxy.ts and Next.js: X-Forwarded-For holds the socket address alone. */
function socketAddress(headers: Headers): string | null {
  return normalizeAddress(headers.get("x-forwarded-for")?.split(",").at(-1));
}

/** Whether the connection comes from a proxy we were told to trust. */
function fromTrustedProxy(headers: Headers, trust: TrustProxy): boolean {
  if (trust.mode === "off") return false;
  if (trust.mode === "hops") return trust.hops > 0;
  const socket = socketAddress(headers);
  return socket !== null && trust.addresses.some((a) => normalizeAddress(a) === socket);
}

export function clientAddressFromHeaders(headers: Headers, trust: TrustProxy): string | null {
  return resolveClientAddress({
    socketAddress: socketAddress(headers),
    forwardedFor: headers.get(FORWARDED_COPIES.for),
    trust,
  });
}

/** Origin for links: PUBLIC_URL, else the Host (or a trusted proxy's X-Forwarded-Host) of this request. */
export function originFromHeaders(headers: Headers, options: { trust: TrustProxy; publicUrl?: string | undefined }) {
  if (options.publicUrl) return options.publicUrl;
  const trusted = fromTrustedProxy(headers, options.trust);
  const host = (trusted && first(headers.get(FORWARDED_COPIES.host))) || headers.get("host") || "localhost:3000";
  const proto = (trusted && first(headers.get(FORWARDED_COPIES.proto))) || first(headers.get("x-forwarded-proto"));
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  return `${proto === "https" || proto === "http" ? proto : local ? "http" : "https"}://${host}`;
}

/**
 * Whether the visitor reached us over https (for HSTS), from the headers as they arrived in proxy.ts.
 * `next start` speaks plain http, and Next.js builds request.url's protocol from X-Forwarded-Proto, so
 * only a trusted proxy's word counts. With TRUST_PROXY as a list the socket is not known in proxy.ts yet;
 * a forged "https" then only sends HSTS to the forger.
 */
export function arrivedOverHttps(incoming: Headers, options: { trust: TrustProxy }): boolean {
  return options.trust.mode !== "off" && first(incoming.get("x-forwarded-proto")) === "https";
}

function first(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}
