import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { isLocale, LOCALE_COOKIE, localeCookieOptions } from "@/lib/i18n/locale";
import { arrivedOverHttps, stripForwardingHeaders } from "@/lib/security/forwarding";
import {
  BODY_LIMIT_BYTES,
  type BodyVerdict,
  checkActionBody,
  checkActionOrigin,
  checkDeclaredLength,
  isActionRequest,
} from "@/lib/security/request-body";
import { secureCookies } from "@/lib/security/secure-cookies";
import { buildContentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/security-headers";

/**
 * Runs before every page, server action and route:
 * - removes forwarding headers a client may have forged (lib/security/forwarding.ts);
 * - refuses server-action bodies that are too large (413) or malformed (400), which Next.js would answer
 *   with a 500 (lib/security/request-body.ts);
 * - sets the security headers, with a fresh CSP nonce that Next.js puts on its scripts;
 * - turns ?lang= on invite links into the locale cookie.
 */
export async function proxy(request: NextRequest) {
  const https = arrivedOverHttps(request.headers, { trust: env.TRUST_PROXY });
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy({ nonce, development: env.NODE_ENV === "development", https });
  const finish = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
    return response;
  };

  const refused = await refuseBadBody(request);
  if (refused) return finish(refused);

  // Scan invites, a round's team link and personal links, and a mirror's personal links carry their language.
  if (request.method === "GET" && /^\/(scan|join|invite|colleague-invite|c)\//.test(request.nextUrl.pathname)) {
    const lang = request.nextUrl.searchParams.get("lang");
    if (lang !== null) return finish(redirectWithLocale(request, lang));
  }

  const headers = stripForwardingHeaders(request.headers, env.TRUST_PROXY);
  headers.set("x-nonce", nonce);
  // Next.js takes the nonce for its own scripts from the request's CSP header.
  headers.set("Content-Security-Policy", csp);
  return finish(NextResponse.next({ request: { headers } }));
}

async function refuseBadBody(request: NextRequest): Promise<NextResponse | null> {
  const contentType = request.headers.get("content-type") ?? "";
  const nextAction = request.headers.get("next-action");
  if (!isActionRequest({ method: request.method, contentType, nextAction })) return null;
  let verdict: BodyVerdict = checkActionOrigin({
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    // A forwarded host only from a trusted proxy (with a list of proxies, whose sockets proxy.ts cannot see,
    // only the Host header counts: let the proxy pass it on unchanged).
    forwardedHost: env.TRUST_PROXY.mode === "hops" ? request.headers.get("x-forwarded-host") : null,
  });
  if (verdict.ok) verdict = checkDeclaredLength(request.headers.get("content-length"));
  if (verdict.ok) {
    const body = await readAtMost(request, BODY_LIMIT_BYTES + 1);
    verdict = body
      ? await checkActionBody({ contentType, nextAction, body })
      : { ok: false, status: 400, reason: "body" };
  }
  if (verdict.ok) return null;
  // Plain text, no stack trace; the reason helps whoever wrote the request.
  const text = { 400: "Bad Request", 403: "Forbidden", 413: "Payload Too Large" }[verdict.status];
  return new NextResponse(`${text} (${verdict.reason})\n`, {
    status: verdict.status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** Reads a clone of the body, stopping after `limit` bytes; null when the body cannot be read. */
async function readAtMost(request: NextRequest, limit: number): Promise<Uint8Array | null> {
  const stream = request.clone().body;
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    return null;
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Invite links carry the language the consultant chose (`/scan/<token>?lang=en`): remember it in the locale
 * cookie, as the language switch does, and continue on the clean URL so the link a respondent bookmarks or
 * shares has no language pinned to it.
 */
function redirectWithLocale(request: NextRequest, lang: string): NextResponse {
  const url = request.nextUrl.clone();
  url.searchParams.delete("lang");
  // Next.js sends a redirect to its own origin as a relative Location, so no request header picks the host.
  const response = NextResponse.redirect(url);
  if (isLocale(lang)) {
    response.cookies.set(LOCALE_COOKIE, lang, localeCookieOptions({ secure: secureCookies() }));
  }
  return response;
}

// Everything but the build's static files (which get their headers from next.config.ts).
export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
