import { randomInt, randomUUID } from "node:crypto";
import { APIError } from "better-auth/api";
import { verifyPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auth, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/auth";
import {
  clearFailedSignIns,
  getSignInWait,
  recordFailedSignIn,
  THROTTLE_RULES,
  throttleKeys,
} from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { TEST_PASSWORD } from "@/tests/factories/workspace";

// better-auth runs for real on the test database. Its nextCookies plugin needs no mock: outside a Next
// request next/headers' cookies() throws "called outside a request scope", which the plugin catches and
// then leaves cookies alone; the Set-Cookie header is still returned with `returnHeaders: true`.

const MINUTE = 60_000;
const emailRule = THROTTLE_RULES.email;
const ipRule = THROTTLE_RULES.ip;

const uniqueEmail = () => `aanmelder-${randomUUID().slice(0, 8)}@example.nl`;
const uniqueIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);
const rowFor = (key: string) => db.signInThrottle.findUnique({ where: { key } });

async function fail(times: number, who: { email: string; ip?: string | null }, now: Date) {
  for (let i = 0; i < times; i += 1) await recordFailedSignIn({ ...who, now });
}

describe("sign-in throttle", () => {
  const start = new Date("2026-03-02T09:00:00Z");

  it("lets an account try again until the limit, then blocks it for the block time", async () => {
    const who = { email: uniqueEmail() };
    await fail(emailRule.maxFailures - 1, who, start);
    expect(await getSignInWait({ ...who, now: start })).toBe(0);
    await recordFailedSignIn({ ...who, now: start });
    expect(await getSignInWait({ ...who, now: start })).toBe(emailRule.blockMinutes);
    // The wait is whole minutes, rounded up, counting down to 0 when the block ends.
    expect(await getSignInWait({ ...who, now: at(start, 10) })).toBe(emailRule.blockMinutes - 10);
    expect(await getSignInWait({ ...who, now: at(start, emailRule.blockMinutes - 0.5) })).toBe(1);
    expect(await getSignInWait({ ...who, now: at(start, emailRule.blockMinutes) })).toBe(0);
  });

  it("counts failures per account across addresses, ignoring case and spaces in the email", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < emailRule.maxFailures; i += 1) {
      const spelled = i % 2 === 0 ? `  ${email.toUpperCase()} ` : email;
      await recordFailedSignIn({ email: spelled, ip: uniqueIp(), now: start });
    }
    expect(await getSignInWait({ email, now: start })).toBe(emailRule.blockMinutes);
    // Another account from any address is not affected.
    expect(await getSignInWait({ email: uniqueEmail(), ip: uniqueIp(), now: start })).toBe(0);
  });

  it("counts failures per address across accounts and blocks the address for every account", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < ipRule.maxFailures - 1; i += 1)
      await recordFailedSignIn({ email: uniqueEmail(), ip, now: start });
    expect(await getSignInWait({ email: uniqueEmail(), ip, now: start })).toBe(0);
    await recordFailedSignIn({ email: uniqueEmail(), ip, now: start });
    expect(await getSignInWait({ email: uniqueEmail(), ip, now: start })).toBe(ipRule.blockMinutes);
    expect(await getSignInWait({ email: uniqueEmail(), ip: uniqueIp(), now: start })).toBe(0);
    expect((await rowFor(`ip:${ip}`))?.failures).toBe(ipRule.maxFailures);
  });

  it("blocks when the failures fall inside one window", async () => {
    const who = { email: uniqueEmail() };
    await fail(emailRule.maxFailures - 1, who, start);
    const late = at(start, emailRule.windowMinutes - 1);
    await recordFailedSignIn({ ...who, now: late });
    expect(await getSignInWait({ ...who, now: late })).toBe(emailRule.blockMinutes);
  });

  it("starts counting afresh once the window has passed", async () => {
    const who = { email: uniqueEmail() };
    const [key] = throttleKeys(who);
    await fail(emailRule.maxFailures - 1, who, start);
    const later = at(start, emailRule.windowMinutes);
    await recordFailedSignIn({ ...who, now: later });
    expect(await getSignInWait({ ...who, now: later })).toBe(0);
    expect(await rowFor(key?.key ?? "")).toMatchObject({ failures: 1, windowStart: later, blockedUntil: null });
    // The new window blocks after the full number of failures again, not after the old ones.
    await fail(emailRule.maxFailures - 2, who, later);
    expect(await getSignInWait({ ...who, now: later })).toBe(0);
    await recordFailedSignIn({ ...who, now: later });
    expect(await getSignInWait({ ...who, now: later })).toBe(emailRule.blockMinutes);
  });

  it("clears the account's count after a successful sign-in, but not the address's", async () => {
    const who = { email: uniqueEmail(), ip: uniqueIp() };
    await fail(emailRule.maxFailures, who, start);
    expect(await getSignInWait({ email: who.email, now: start })).toBeGreaterThan(0);
    await clearFailedSignIns({ email: ` ${who.email.toUpperCase()}` });
    expect(await rowFor(`email:${who.email}`)).toBeNull();
    expect(await getSignInWait({ email: who.email, now: start })).toBe(0);
    expect(await rowFor(`ip:${who.ip}`)).toMatchObject({ failures: emailRule.maxFailures });
  });

  it("keeps only the account key when the address is unknown", async () => {
    const email = uniqueEmail();
    expect(throttleKeys({ email, ip: null })).toEqual([{ kind: "email", key: `email:${email}` }]);
    const addressRows = () => db.signInThrottle.count({ where: { key: { startsWith: "ip:" } } });
    const before = await addressRows();
    await recordFailedSignIn({ email, ip: null, now: start });
    expect(await addressRows()).toBe(before);
    expect((await rowFor(`email:${email}`))?.failures).toBe(1);
  });
});

describe("better-auth on the real database", () => {
  const name = "Inge Adviseur";
  const email = uniqueEmail();
  let userId: string;

  beforeAll(async () => {
    const result = await auth.api.signUpEmail({ body: { name, email, password: TEST_PASSWORD } });
    userId = result.user.id;
  });

  const cookieHeader = (headers: Headers) =>
    headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");

  it("stores a salted scrypt hash, never the password", async () => {
    const account = await db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } });
    expect(account.password).not.toBe(TEST_PASSWORD);
    expect(account.password).not.toContain(TEST_PASSWORD);
    // better-auth's scrypt format: 16-byte salt and 64-byte key, hex, separated by a colon.
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword({ hash: account.password ?? "", password: TEST_PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash: account.password ?? "", password: `${TEST_PASSWORD}!` })).toBe(false);
  });

  it("refuses a second account with the same email (the sign-up action shows 'email taken')", async () => {
    const again = auth.api.signUpEmail({ body: { name, email, password: "een ander lang wachtwoord" } });
    await expect(again).rejects.toMatchObject({ status: "UNPROCESSABLE_ENTITY" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses a wrong password and an unknown email alike, creating no session", async () => {
    const sessions = await db.session.count({ where: { userId } });
    const wrong = auth.api.signInEmail({ body: { email, password: "niet het wachtwoord" } });
    await expect(wrong).rejects.toBeInstanceOf(APIError);
    await expect(wrong).rejects.toMatchObject({ status: "UNAUTHORIZED" });
    const unknown = auth.api.signInEmail({ body: { email: uniqueEmail(), password: TEST_PASSWORD } });
    await expect(unknown).rejects.toMatchObject({
      status: "UNAUTHORIZED",
      message: (await wrong.catch((e) => e)).message,
    });
    expect(await db.session.count({ where: { userId } })).toBe(sessions);
  });

  it("signs in with a session row that expires after the session lifetime, and signs out by deleting it", async () => {
    const before = Date.now();
    const signedIn = await auth.api.signInEmail({ body: { email, password: TEST_PASSWORD }, returnHeaders: true });
    const token = signedIn.response.token;
    const session = await db.session.findUniqueOrThrow({ where: { token } });
    expect(session.userId).toBe(userId);
    const expected = before + SESSION_MAX_AGE_SECONDS * 1000;
    expect(Math.abs(session.expiresAt.getTime() - expected)).toBeLessThan(60_000);

    const setCookie = signedIn.headers.getSetCookie().find((c) => c.startsWith("klantkompas.session_token="));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toContain(`Max-Age=${SESSION_MAX_AGE_SECONDS}`);
    const cookie = cookieHeader(signedIn.headers);

    // The cookie carries the token signed with the app secret; getSession accepts it.
    const current = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(current?.user.id).toBe(userId);

    // A cookie with the bare token (no valid signature) is ignored: nothing is signed out.
    await auth.api.signOut({ headers: new Headers({ cookie: `klantkompas.session_token=${token}` }) });
    expect(await db.session.findUnique({ where: { token } })).not.toBeNull();

    await auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(await db.session.findUnique({ where: { token } })).toBeNull();
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });
});
