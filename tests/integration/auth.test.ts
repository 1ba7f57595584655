import { randomInt, randomUUID } from "node:crypto";
import { APIError } from "better-auth/api";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auth, SESSION_MAX_AGE_SECONDS } from "@/lib/server/auth/auth";
import { createDeviceCookieValue } from "@/lib/server/auth/device-cookie";
import { signInWithThrottle } from "@/lib/server/auth/sign-in";
import {
  accountDelaySeconds,
  accountKey,
  recordSuccessfulSignIn,
  reserveSignInAttempt,
  reserveSignUpAttempt,
  signInIpKey,
  THROTTLE_RULES,
} from "@/lib/server/auth/sign-in-throttle";
import { signUpAccount } from "@/lib/server/auth/sign-up";
import { db } from "@/lib/server/db/db";
import { TEST_PASSWORD } from "@/tests/factories/workspace";

// better-auth runs for real on the test database. Its nextCookies plugin needs no mock: outside a Next
// request next/headers' cookies() throws "called outside a request scope", which the plugin catches and
// then leaves cookies alone; the Set-Cookie header is still returned with `returnHeaders: true`.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const account = THROTTLE_RULES.account;
const ipRule = THROTTLE_RULES.signInIp;

const uniqueEmail = () => `aanmelder-${randomUUID().slice(0, 8)}@example.nl`;
const uniqueIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);
const rowFor = (key: string) => db.signInThrottle.findUnique({ where: { key } });

async function attempts(times: number, who: { email: string; ip?: string | null }, now: Date) {
  const results = [];
  for (let i = 0; i < times; i += 1) results.push(await reserveSignInAttempt({ ...who, now }));
  return results;
}

describe("sign-in throttle: growing delays per account, a hard limit per address", () => {
  const start = new Date("2026-03-02T09:00:00Z");

  it("doubles the wait after the free attempts, up to the cap", () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 20].map(accountDelaySeconds)).toEqual([0, 0, 15, 30, 60, 120, 240, 300, 300]);
  });

  it("lets an account try freely up to the limit, then makes each further attempt wait, never locking it out", async () => {
    const who = { email: uniqueEmail() };
    const free = await attempts(account.freeAttempts, who, start);
    expect(free.every((r) => r.ok)).toBe(true);
    // The attempt after the free ones waits the first delay, and is not counted while it waits.
    expect(await reserveSignInAttempt({ ...who, now: at(start, 1000) })).toEqual({ ok: false, retryAfterSeconds: 14 });
    expect((await rowFor(accountKey(who.email)))?.failures).toBe(account.freeAttempts);
    // Once the wait is over one attempt goes through, and the next wait is twice as long.
    const afterFirst = at(start, 15 * SECOND);
    expect(await reserveSignInAttempt({ ...who, now: afterFirst })).toEqual({ ok: true });
    expect(await reserveSignInAttempt({ ...who, now: afterFirst })).toEqual({ ok: false, retryAfterSeconds: 30 });
    // The count starts afresh an hour after the first attempt.
    expect(await reserveSignInAttempt({ ...who, now: at(start, account.windowMinutes * MINUTE) })).toEqual({
      ok: true,
    });
    expect((await rowFor(accountKey(who.email)))?.failures).toBe(1);
  });

  it("counts an account across addresses, ignoring case and spaces in the email", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < account.freeAttempts; i += 1) {
      const spelled = i % 2 === 0 ? `  ${email.toUpperCase()} ` : email;
      expect((await reserveSignInAttempt({ email: spelled, ip: uniqueIp(), now: start })).ok).toBe(true);
    }
    expect((await reserveSignInAttempt({ email, ip: uniqueIp(), now: start })).ok).toBe(false);
    expect((await reserveSignInAttempt({ email: uniqueEmail(), ip: uniqueIp(), now: start })).ok).toBe(true);
  });

  it("limits an address across accounts to its maximum per window, without making those accounts wait", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < ipRule.maxAttempts; i += 1) {
      expect((await reserveSignInAttempt({ email: uniqueEmail(), ip, now: start })).ok).toBe(true);
    }
    const victim = uniqueEmail();
    expect(await reserveSignInAttempt({ email: victim, ip, now: start })).toEqual({
      ok: false,
      retryAfterSeconds: ipRule.windowMinutes * 60,
    });
    // The refused attempt did not count against the account it named, and other addresses go on.
    expect(await rowFor(accountKey(victim))).toBeNull();
    expect((await reserveSignInAttempt({ email: victim, ip: uniqueIp(), now: start })).ok).toBe(true);
    expect(
      (await reserveSignInAttempt({ email: uniqueEmail(), ip, now: at(start, ipRule.windowMinutes * MINUTE) })).ok,
    ).toBe(true);
  });

  it("counts IPv6 addresses per /64", async () => {
    const prefix = `2001:db8:${randomInt(65536).toString(16)}:1`;
    await reserveSignInAttempt({ email: uniqueEmail(), ip: `${prefix}::1`, now: start });
    await reserveSignInAttempt({ email: uniqueEmail(), ip: `${prefix}:ffff:ffff:ffff:ffff`, now: start });
    expect((await rowFor(signInIpKey(`${prefix}::2`)))?.failures).toBe(2);
  });

  it("clears the account after a success and gives the address its attempt back", async () => {
    const who = { email: uniqueEmail(), ip: uniqueIp() };
    await attempts(3, who, start);
    await recordSuccessfulSignIn({ email: ` ${who.email.toUpperCase()}`, ip: who.ip });
    expect(await rowFor(accountKey(who.email))).toBeNull();
    expect((await rowFor(signInIpKey(who.ip)))?.failures).toBe(2);
  });

  it("limits sign-ups per address", async () => {
    const ip = uniqueIp();
    const rule = THROTTLE_RULES.signUpIp;
    for (let i = 0; i < rule.maxAttempts; i += 1)
      expect((await reserveSignUpAttempt({ ip, now: start })).ok).toBe(true);
    expect((await reserveSignUpAttempt({ ip, now: start })).ok).toBe(false);
    expect((await reserveSignUpAttempt({ ip: uniqueIp(), now: start })).ok).toBe(true);
  });
});

describe("sign-in under a burst of parallel guesses (finding: 34 of 40 checked against a limit of 5)", () => {
  it("checks at most the free attempts' worth of passwords, and the right one last does not get in", async () => {
    const email = uniqueEmail();
    await auth.api.signUpEmail({ body: { name: "Doelwit", email, password: TEST_PASSWORD } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const sessionsBefore = await db.session.count({ where: { userId: user.id } });
    // 39 wrong passwords from 39 addresses, all at once; then the right one. (Sent in the same burst, the right
    // one may be among the first five counted on a pooled database, so it comes right after.)
    const results = await Promise.all(
      Array.from({ length: 39 }, (_, i) =>
        signInWithThrottle({ email, password: `verkeerd wachtwoord ${i}`, ip: uniqueIp() }),
      ),
    );
    const checked = results.filter((r) => !(!r.ok && r.error === "throttled"));
    expect(checked.length).toBeLessThanOrEqual(account.freeAttempts);
    expect(await signInWithThrottle({ email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({
      ok: false,
      error: "throttled",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    expect((await rowFor(accountKey(email)))?.failures).toBe(account.freeAttempts);
  });
});

describe("a chosen account cannot be kept locked out (issue 15, finding 2: the OWASP device cookie)", () => {
  const burst = (email: string) =>
    Promise.all(
      Array.from({ length: 39 }, (_, i) => signInWithThrottle({ email, password: `raden ${i}`, ip: uniqueIp() })),
    );
  const checkedOf = (results: Awaited<ReturnType<typeof signInWithThrottle>>[]) =>
    results.filter((r) => !(!r.ok && r.error === "throttled")).length;

  // The attacker keeps the account waiting by guessing each time a wait ends; on a slow machine a 15 s wait can
  // end inside a test, so the account's wait is set to its longest, as such an attacker keeps it.
  const keepWaiting = (email: string) =>
    db.signInThrottle.update({
      where: { key: accountKey(email) },
      data: { blockedUntil: new Date(Date.now() + account.maxDelaySeconds * SECOND) },
    });

  async function ownerWithDevice() {
    const email = uniqueEmail();
    await auth.api.signUpEmail({ body: { name: "Eigenaar", email, password: TEST_PASSWORD } });
    const first = await signInWithThrottle({ email, password: TEST_PASSWORD, ip: uniqueIp() });
    if (!first.ok) throw new Error("the owner's first sign-in failed");
    return { email, cookie: first.deviceCookie };
  }

  it("lets the owner's known device in every time while an attacker keeps guessing from unknown ones", async () => {
    const { email, cookie: firstCookie } = await ownerWithDevice();
    let cookie = firstCookie;
    const ownerIp = uniqueIp();
    for (let round = 0; round < 4; round += 1) {
      const results = await burst(email);
      // Bursts stay at the account's free attempts, however many devices guess.
      expect(checkedOf(results)).toBeLessThanOrEqual(account.freeAttempts);
      expect(results.every((r) => !r.ok)).toBe(true);
      await keepWaiting(email);
      // An unknown device with the right password waits like the attacker...
      expect(await signInWithThrottle({ email, password: TEST_PASSWORD, ip: uniqueIp() })).toMatchObject({
        ok: false,
        error: "throttled",
      });
      // ...the owner's browser, which signed in before, gets in, and gets a fresh cookie.
      const owner = await signInWithThrottle({ email, password: TEST_PASSWORD, ip: ownerIp, deviceCookie: cookie });
      expect(owner.ok).toBe(true);
      if (owner.ok) cookie = owner.deviceCookie;
    }
    // The owner's success does not clear what the attacker ran up: unknown devices still wait.
    expect((await rowFor(accountKey(email)))?.failures).toBeGreaterThanOrEqual(account.freeAttempts);
  });

  it("a forged cookie, another account's cookie or one signed with another secret gives no privilege", async () => {
    const victim = await ownerWithDevice();
    const stranger = await ownerWithDevice();
    await burst(victim.email);
    await keepWaiting(victim.email);
    const [version, who, nonce, issued, signature] = victim.cookie.split(".") as [
      string,
      string,
      string,
      string,
      string,
    ];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    const otherNonce = `${nonce.slice(0, -1)}${nonce.endsWith("A") ? "B" : "A"}`;
    const forged = [
      `${version}.${who}.${nonce}.${issued}.${flipped}`,
      `${version}.${who}.${otherNonce}.${issued}.${signature}`,
      stranger.cookie,
      createDeviceCookieValue(victim.email, { secret: "x".repeat(48) }),
      "d1.....",
      "",
    ];
    for (const deviceCookie of forged) {
      const result = await signInWithThrottle({
        email: victim.email,
        password: TEST_PASSWORD,
        ip: uniqueIp(),
        deviceCookie,
      });
      expect(result).toMatchObject({ ok: false, error: "throttled" });
    }
    // The genuine one still works.
    const genuine = await signInWithThrottle({
      email: victim.email,
      password: TEST_PASSWORD,
      ip: uniqueIp(),
      deviceCookie: victim.cookie,
    });
    expect(genuine.ok).toBe(true);
  });

  it("a new password makes the cookies issued before it worthless", async () => {
    const { email, cookie } = await ownerWithDevice();
    // A reset after a leak: whoever signed in with the old password kept cookies from then.
    const newPassword = `${TEST_PASSWORD}-nieuw`;
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await db.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: await hashPassword(newPassword) },
    });
    await burst(email);
    await keepWaiting(email);
    // The old cookie is an unknown device now: it waits like everyone else, even with the new password.
    expect(
      await signInWithThrottle({ email, password: newPassword, ip: uniqueIp(), deviceCookie: cookie }),
    ).toMatchObject({ ok: false, error: "throttled" });
  });

  it("a known device that guesses is itself held back: at most 5 checked in a burst, then that cookie waits", async () => {
    const { email, cookie } = await ownerWithDevice();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signInWithThrottle({ email, password: `raden ${i}`, ip: uniqueIp(), deviceCookie: cookie }),
      ),
    );
    expect(checkedOf(results)).toBeLessThanOrEqual(account.freeAttempts);
    expect(
      await signInWithThrottle({ email, password: TEST_PASSWORD, ip: uniqueIp(), deviceCookie: cookie }),
    ).toMatchObject({ ok: false, error: "throttled" });
    // The device was locked out, not the account: another device signs in at once.
    expect((await signInWithThrottle({ email, password: TEST_PASSWORD, ip: uniqueIp() })).ok).toBe(true);
  });
});

describe("sign-up does not tell which addresses have an account", () => {
  it("answers a taken address like a new one, in about the same time", async () => {
    const taken = uniqueEmail();
    expect(await signUpAccount({ name: "Eerste", email: taken, password: TEST_PASSWORD })).toBe("done");
    const time = async (email: string) => {
      const started = performance.now();
      const answer = await signUpAccount({ name: "Iemand", email, password: "een heel ander wachtwoord" });
      return { answer, ms: performance.now() - started };
    };
    const fresh: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const a = await time(uniqueEmail());
      const b = await time(taken);
      expect(a.answer).toBe("done");
      expect(b.answer).toBe("done");
      fresh.push(a.ms);
      again.push(b.ms);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[2] ?? 0;
    // Before: 16 ms against 207 ms. Now both hash the password; the inserts are the small difference.
    expect(median(again)).toBeGreaterThan(median(fresh) * 0.6);
    expect(await db.user.count({ where: { email: taken } })).toBe(1);
    const account = await db.account.findFirstOrThrow({ where: { user: { email: taken } } });
    expect(await verifyPassword({ hash: account.password ?? "", password: TEST_PASSWORD })).toBe(true);
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

  it("keeps one account per email: a second sign-up stores nothing and gets a look-alike answer", async () => {
    const again = await auth.api.signUpEmail({ body: { name, email, password: "een ander lang wachtwoord" } });
    expect(again.token).toBeNull();
    expect(again.user.id).not.toBe(userId);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.user.findUnique({ where: { id: again.user.id } })).toBeNull();
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
