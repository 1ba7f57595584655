import "server-only";
import { APIError } from "better-auth/api";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { isResetToken, RESET_THROTTLE } from "@/lib/auth/password-reset-rules";
import { absoluteUrl } from "@/lib/links/absolute-url";
import type { Locale } from "@/lib/questionnaire/schema";
import { addressKey } from "@/lib/security/client-address";
import { sendResetMail } from "@/lib/server/auth/account-mail";
import { auth } from "@/lib/server/auth/auth";
import { resetHandOver } from "@/lib/server/auth/reset-context";
import { accountKey } from "@/lib/server/auth/sign-in-throttle";
import { db } from "@/lib/server/db/db";
import type { Reservation } from "@/lib/server/throttle/reserve-attempt";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";

/** The page a reset link opens (app/(auth)/reset-password/[token]). */
export const resetUrl = (origin: string, token: string) => absoluteUrl({ origin, path: `/reset-password/${token}` });

/**
 * Counts a reset request for the address and the IP address BEFORE anything is looked up, so a refusal says
 * nothing about whether the address has an account.
 */
export async function reserveResetRequest(options: {
  email: string;
  ip: string | null;
  now?: Date;
}): Promise<Reservation> {
  if (options.ip) {
    const key = `reset-ip:${addressKey(options.ip)}`;
    const byIp = await reserveWindowAttempt({ key, rule: RESET_THROTTLE.ip, now: options.now });
    if (!byIp.ok) return byIp;
  }
  const key = `reset-email:${options.email.trim().toLowerCase()}`;
  return reserveWindowAttempt({ key, rule: RESET_THROTTLE.email, now: options.now });
}

export type ResetLink = { userId: string; name: string; email: string; url: string };

/**
 * Asks better-auth for a reset token for `email` and hands the link to `deliver` (default: the reset mail in
 * `locale`). Nothing happens for an address without an account (better-auth does the same look-ups either
 * way); the caller answers alike in both cases and runs this after answering (app/actions/auth/request-reset.ts).
 */
export async function requestPasswordReset(options: {
  email: string;
  origin: string;
  locale: Locale;
  deliver?: (link: ResetLink) => Promise<void>;
}): Promise<void> {
  const deliver =
    options.deliver ??
    ((link: ResetLink) =>
      sendResetMail({ to: link.email, name: link.name, url: link.url, locale: options.locale, userId: link.userId }));
  await resetHandOver.run(
    async ({ userId, name, email, token }) => deliver({ userId, name, email, url: resetUrl(options.origin, token) }),
    () => auth.api.requestPasswordReset({ body: { email: options.email.trim().toLowerCase() } }),
  );
}

/** For the administrator's CLI: a reset link for an existing account, or null when there is none. */
export async function createResetLink(options: { email: string; origin: string }): Promise<ResetLink | null> {
  let link: ResetLink | null = null;
  await requestPasswordReset({
    email: options.email,
    origin: options.origin,
    locale: "nl",
    deliver: async (created) => {
      link = created;
    },
  });
  return link;
}

/** The account a reset link belongs to while it is valid; null when forged, used or expired. */
export async function checkResetToken(token: string): Promise<{ userId: string; email: string } | null> {
  if (!isResetToken(token)) return null;
  const context = await auth.$context;
  const verification = await context.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!verification || verification.expiresAt.getTime() <= Date.now()) return null;
  const user = await db.user.findUnique({ where: { id: verification.value }, select: { id: true, email: true } });
  return user ? { userId: user.id, email: user.email } : null;
}

export type ResetResult = { ok: true; email: string } | { ok: false; error: "invalid-link" | PasswordProblem };

/**
 * Sets the new password through better-auth, which spends the token and deletes every session of the user in
 * one transaction (revokeSessionsOnPasswordReset). The policy applies as at sign-up. A used, expired or
 * forged link changes nothing. The sign-in wait of the account is cleared: its owner just proved the mailbox.
 */
export async function resetPassword(options: { token: string; newPassword: string }): Promise<ResetResult> {
  const owner = await checkResetToken(options.token);
  if (!owner) return { ok: false, error: "invalid-link" };
  const problem = checkPassword(options.newPassword, { email: owner.email });
  if (problem) return { ok: false, error: problem };
  try {
    await auth.api.resetPassword({ body: { newPassword: options.newPassword, token: options.token } });
  } catch (error) {
    // Spent by a parallel request between the check and here.
    if (error instanceof APIError) return { ok: false, error: "invalid-link" };
    throw error;
  }
  await db.signInThrottle.deleteMany({ where: { key: accountKey(owner.email) } });
  return { ok: true, email: owner.email };
}
