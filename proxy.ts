import { type NextRequest, NextResponse } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

/**
 * Invite links carry the language the consultant chose (`/scan/<token>?lang=en`): remember it in the locale
 * cookie, as the language switch does, and continue on the clean URL so the link a respondent bookmarks or
 * shares has no language pinned to it.
 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const lang = request.nextUrl.searchParams.get("lang");
  const url = request.nextUrl.clone();
  url.searchParams.delete("lang");
  const response = NextResponse.redirect(url);
  if (isLocale(lang)) {
    // Secure only over https, so a plain-http install on a LAN still remembers the choice.
    const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    response.cookies.set(LOCALE_COOKIE, lang, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
      secure: https,
    });
  }
  return response;
}

// Only scan pages that actually carry ?lang= pass through here; every other request skips the proxy.
export const config = {
  matcher: [{ source: "/scan/:path*", has: [{ type: "query", key: "lang" }] }],
};
