import "server-only";
import { createHash } from "node:crypto";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { emailVerificationMail } from "@/lib/mail/templates/email-verification";
import type { Locale } from "@/lib/questionnaire/schema";
import { createToken, TOKEN_PATTERN } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import type { Reservation } from "@/lib/server/throttle/reserve-attempt";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";

/**
 * Address verification (issue 15, finding 3; docs/accounts.md). A new account gets a mailed link,
 * `/verify-email/<token>`: single use, valid 24 hours, only the token's sha-256 stored. Until the address is
 * verified the account signs in and works as usual, but no invitation or reminder leaves for its workspace
 * (lib/server/mail/mail-quota.ts). better-auth's own e-mail verification is not used: its token is a signed JWT that
 * is not stored, so it cannot be spent once; and its mail would bypass the outbox.
 */

export const VERIFY_TOKEN_TTL_HOURS = 24;
/** "Send the verification mail again": per account, 3 an hour. */
export const VERIFY_RESEND_RULE = { maxAttempts: 3, windowMinutes: 60 } as const;
/** The sign-up that made the account is this recent: an older account is a taken address signed up again. */
const NEW_ACCOUNT_MS = 10 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const verifyEmailUrl = (origin: string, token: string) =>
  absoluteUrl({ origin, path: `/verify-email/${token}` });

/** A fresh link for the account's current address (the row is stored; the token only travels in the link). */
export async function createVerificationLink(options: {
  userId: string;
  email: string;
  origin: string;
  now?: Date;
}): Promise<string> {
  const now = options.now ?? new Date();
  const token = createToken();
  await db.emailVerificationToken.create({
    data: {
      userId: options.userId,
      email: options.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + VERIFY_TOKEN_TTL_HOURS * 3_600_000),
    },
  });
  return verifyEmailUrl(options.origin, token);
}

/** Mails a verification link to the account's own address. False when mail is off (nothing stored). */
export async function sendVerificationMail(options: {
  userId: string;
  name: string;
  email: string;
  origin: string;
  locale: Locale;
}): Promise<boolean> {
  if (!mailEnabled()) return false;
  const link = await createVerificationLink(options);
  const content = emailVerificationMail({
    locale: options.locale,
    link,
    validHours: VERIFY_TOKEN_TTL_HOURS,
  });
  const queued = await enqueueMail({
    to: options.email,
    locale: options.locale,
    kind: "email-verification",
    refType: "user",
    refId: options.userId,
    ...content,
  });
  return queued !== null;
}

/** Whether this account is the installation's first (its administrator). */
async function isFirstAccount(userId: string): Promise<boolean> {
  const first = await db.user.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  return first?.id === userId;
}

/**
 * After a sign-up has been answered (the answer never says whether the address was new): a new, unverified
 * account gets its verification mail; with mail off, the installation's first account is verified at once (the
 * administrator; others are verified with `npm run user:verify`). A taken address gets nothing.
 */
export async function afterSignUp(options: { email: string; origin: string; locale: Locale; now?: Date }) {
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({
    where: { email: options.email.trim().toLowerCase() },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      createdAt: true,
      emailVerifications: { take: 1 },
    },
  });
  if (!user || user.emailVerified || now.getTime() - user.createdAt.getTime() > NEW_ACCOUNT_MS) return;
  if (user.emailVerifications.length > 0) return;
  if (!mailEnabled()) {
    if (await isFirstAccount(user.id)) await markEmailVerified(user.email);
    return;
  }
  await sendVerificationMail({
    userId: user.id,
    name: user.name,
    email: user.email,
    origin: options.origin,
    locale: options.locale,
  });
}

export type ResendResult = Reservation | { ok: false; error: "verified" | "mail-off" };

/** "Send the verification mail again" from the banner: 3 an hour per account. */
export async function resendVerificationMail(options: {
  userId: string;
  origin: string;
  locale: Locale;
  now?: Date;
}): Promise<ResendResult> {
  if (!mailEnabled()) return { ok: false, error: "mail-off" };
  const user = await db.user.findUnique({
    where: { id: options.userId },
    select: { id: true, name: true, email: true, emailVerified: true },
  });
  if (!user || user.emailVerified) return { ok: false, error: "verified" };
  const allowed = await reserveWindowAttempt({
    key: `verify-mail:${user.id}`,
    rule: VERIFY_RESEND_RULE,
    now: options.now,
  });
  if (!allowed.ok) return allowed;
  await sendVerificationMail({
    userId: user.id,
    name: user.name,
    email: user.email,
    origin: options.origin,
    locale: options.locale,
  });
  return { ok: true };
}

/** The address a link would verify while it is valid; null when forged, used or expired. */
export async function checkVerificationToken(token: string, now = new Date()): Promise<{ email: string } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.emailVerificationToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  return { email: row.email };
}

/**
 * Spends the link (one conditional update: of two clicks at once, one wins) and verifies the address it was sent
 * to, if the account still has that address. Null when forged, used or expired.
 */
export async function confirmEmail(token: string, now = new Date()): Promise<{ email: string } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const spent = await tx.emailVerificationToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return null;
    const row = await tx.emailVerificationToken.findUniqueOrThrow({ where: { tokenHash } });
    const verified = await tx.user.updateMany({
      where: { id: row.userId, email: row.email },
      data: { emailVerified: true },
    });
    return verified.count === 1 ? { email: row.email } : null;
  });
}

/** The administrator's `npm run user:verify`, the first account with mail off, a colleague invitation. */
export async function markEmailVerified(email: string): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { email: email.trim().toLowerCase() },
    data: { emailVerified: true },
  });
  return count === 1;
}
