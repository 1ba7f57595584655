// Pure rules of the password reset (password-reset-rules.test.ts); lib/server/auth/password-reset.ts applies them.

/** A reset link works once, for an hour (better-auth's resetPasswordTokenExpiresIn). */
export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

/**
 * Reset requests are counted like sign-ins (lib/server/auth/sign-in-throttle.ts), before anything is looked up, so
 * the count says nothing about whether the address has an account: per address 3 per hour (no inbox flood),
 * per IP address 10 per 15 minutes.
 */
export const RESET_THROTTLE = {
  email: { maxAttempts: 3, windowMinutes: 60 },
  ip: { maxAttempts: 10, windowMinutes: 15 },
} as const;

/** Reset tokens are better-auth's: 24 characters of [a-zA-Z0-9]. Anything else is refused before a lookup. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9]{24}$/;

export function isResetToken(value: unknown): value is string {
  return typeof value === "string" && RESET_TOKEN_PATTERN.test(value);
}

/** Minutes left on a link issued at `issuedAt`, rounded down; 0 once it has expired. */
export function resetMinutesLeft(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 60_000));
}
