/**
 * Security headers of every response (proxy.ts). The Content-Security-Policy carries a fresh nonce per
 * request: Next.js reads it from the request's CSP header and puts it on its own scripts, so no inline
 * script without the nonce runs ('strict-dynamic' lets those scripts load the chunks they need).
 * Styles keep 'unsafe-inline': React style attributes (progress bars, recharts) need it, and a style
 * cannot run code.
 */
export function buildContentSecurityPolicy(options: { nonce: string; development?: boolean; https?: boolean }) {
  const script = ["'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'"];
  // React's development build evaluates code for its debugging tools.
  if (options.development) script.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers every response gets, pages and routes alike. */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    // Scan and results URLs carry private tokens: never send any part of a URL to another site.
    // "same-origin" rather than "no-referrer": with no-referrer browsers send `Origin: null` on the app's
    // own POSTs, and the server-action origin check needs the real origin.
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    // Older browsers that ignore CSP frame-ancestors.
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over https: HSTS on plain http is ignored by browsers and would mislead.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A nonce of 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
