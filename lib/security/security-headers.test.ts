import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/security-headers";

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only with the nonce, never inline, and forbids framing", () => {
    const csp = buildContentSecurityPolicy({ nonce: "abc" });
    const script = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(script).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("adds eval only in development and upgrades requests only over https", () => {
    expect(buildContentSecurityPolicy({ nonce: "n", development: true })).toContain("'unsafe-eval'");
    expect(buildContentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it("never sends a referrer to another site and sends HSTS only over https", () => {
    expect(securityHeaders({ https: false })).toMatchObject({
      "Referrer-Policy": "same-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    expect(securityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(securityHeaders({ https: false })["Permissions-Policy"]).toContain("camera=()");
  });
});

describe("createNonce", () => {
  it("makes a fresh 128-bit base64 value each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
