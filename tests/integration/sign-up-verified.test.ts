import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { confirmEmail, createVerificationLink } from "@/lib/server/auth/email-verification";
import { signUpAccount } from "@/lib/server/auth/sign-up";
import { createSignUpCookieValue, readSignUpCookie } from "@/lib/server/auth/sign-up-cookie";
import { createdBySignUpAt, SIGN_UP_MATCH_SECONDS, signInVerifiedUser } from "@/lib/server/auth/verified-session";
import { db } from "@/lib/server/db/db";
import { TEST_PASSWORD } from "@/tests/factories/workspace";

// After sign-up (docs/security.md): the sign-up cookie names the address this browser signed up with, and a
// confirmed address signs in only there. Real better-auth on the test database; outside a Next request its
// nextCookies plugin leaves cookies alone, so the session rows are what is checked here.

const SECRET = "sign-up-cookie-test-secret-0123456789abcdef";
const NOW = new Date("2026-12-07T10:00:00.000Z");
const email = () => `nieuw-${randomUUID().slice(0, 8)}@example.nl`;
const tokenOf = (link: string) => link.split("/").pop() ?? "";

describe("the sign-up cookie", () => {
  it("reads back its address and purpose, lower-cased", () => {
    const value = createSignUpCookieValue(" Anna@Example.NL ", "signed-up", { now: NOW, secret: SECRET });
    expect(readSignUpCookie(value, { now: NOW, secret: SECRET })).toEqual({
      email: "anna@example.nl",
      purpose: "signed-up",
      issuedAt: NOW,
    });
  });

  it("is worth nothing forged, re-purposed, signed with another secret, expired or from the future", () => {
    const value = createSignUpCookieValue("anna@example.nl", "prefill", { now: NOW, secret: SECRET });
    const [version, , who, issued, signature] = value.split(".");
    const otherWho = Buffer.from("bert@example.nl").toString("base64url");
    expect(readSignUpCookie(`${version}.signed-up.${who}.${issued}.${signature}`, { now: NOW, secret: SECRET })).toBe(
      null,
    );
    expect(
      readSignUpCookie(`${version}.prefill.${otherWho}.${issued}.${signature}`, { now: NOW, secret: SECRET }),
    ).toBe(null);
    expect(readSignUpCookie(value, { now: NOW, secret: `${SECRET}x` })).toBe(null);
    const dayLater = new Date(NOW.getTime() + 24 * 3600 * 1000 + 1000);
    expect(readSignUpCookie(value, { now: dayLater, secret: SECRET })).toBe(null);
    const before = new Date(NOW.getTime() - 5 * 60 * 1000);
    expect(readSignUpCookie(value, { now: before, secret: SECRET })).toBe(null);
    expect(readSignUpCookie("garbage", { now: NOW, secret: SECRET })).toBe(null);
    expect(readSignUpCookie(undefined, { now: NOW, secret: SECRET })).toBe(null);
  });
});

describe("signing in after the address is confirmed", () => {
  it("makes one better-auth session for a confirmed account, none for an unconfirmed one", async () => {
    const address = email();
    expect(await signUpAccount({ name: "Nieuwe Adviseur", email: address, password: TEST_PASSWORD })).toBe("done");
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(user.emailVerified).toBe(false);

    // Not confirmed yet: no session, whatever the caller thinks.
    expect(await signInVerifiedUser({ email: address, signedUpAt: new Date() })).toBe(null);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const link = await createVerificationLink({ userId: user.id, email: address, origin: "http://kompas.test" });
    expect(await confirmEmail(tokenOf(link))).toEqual({ email: address });
    // The link is spent: a second click confirms nothing (so the action signs nobody in with it).
    expect(await confirmEmail(tokenOf(link))).toBe(null);

    const signedIn = await signInVerifiedUser({ email: address.toUpperCase(), signedUpAt: new Date() });
    expect(signedIn?.deviceCookie).toMatch(/^d1\./);
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    // The same lifetime as a password sign-in's session (lib/server/auth/auth.ts: 7 days).
    const days = ((sessions[0]?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("makes no session for an address without an account", async () => {
    expect(await signInVerifiedUser({ email: email(), signedUpAt: new Date() })).toBe(null);
  });

  it("an expired link confirms nothing", async () => {
    const address = email();
    await signUpAccount({ name: "Te Laat", email: address, password: TEST_PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    const link = await createVerificationLink({ userId: user.id, email: address, origin: "http://x.test", now: NOW });
    expect(await confirmEmail(tokenOf(link), new Date(NOW.getTime() + 25 * 3600 * 1000))).toBe(null);
    expect(await signInVerifiedUser({ email: address, signedUpAt: new Date() })).toBe(null);
  });
});

describe("the cookie of a later sign-up of a taken address", () => {
  it("does not sign in to the account someone else created earlier with a password of their own", async () => {
    // An attacker signs up the owner's address; minutes later the owner signs up in their own browser (same
    // answer, a cookie naming the address) and clicks the first link that arrives: confirmed, not signed in.
    const address = email();
    await signUpAccount({ name: "Iemand Anders", email: address, password: TEST_PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    const link = await createVerificationLink({ userId: user.id, email: address, origin: "http://kompas.test" });
    expect(await confirmEmail(tokenOf(link))).toEqual({ email: address });
    const ownersSignUp = new Date(user.createdAt.getTime() + (SIGN_UP_MATCH_SECONDS + 60) * 1000);
    expect(await signInVerifiedUser({ email: address, signedUpAt: ownersSignUp })).toBe(null);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // The browser that created it, moments later, is signed in.
    const ownSignUp = new Date(user.createdAt.getTime() + 1500);
    expect(await signInVerifiedUser({ email: address, signedUpAt: ownSignUp })).not.toBe(null);
  });

  it("matches a cookie to the sign-up that created the account: not before it, at most two minutes after", () => {
    const created = new Date("2026-12-07T10:00:00.400Z");
    // The cookie's time is in whole seconds, rounded down.
    expect(createdBySignUpAt(created, new Date("2026-12-07T10:00:00.000Z"))).toBe(true);
    expect(createdBySignUpAt(created, new Date("2026-12-07T10:02:00.000Z"))).toBe(true);
    expect(createdBySignUpAt(created, new Date("2026-12-07T10:02:01.000Z"))).toBe(false);
    expect(createdBySignUpAt(created, new Date("2026-12-07T09:59:58.000Z"))).toBe(false);
  });
});
