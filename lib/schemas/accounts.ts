import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { TOKEN_PATTERN } from "@/lib/security/tokens";

// What the accounts area's forms share (each form's own schema sits beside its action in app/actions/). The password
// policy (length, common passwords, the address) is checked after parsing, with the address at hand.

/** A new password: only its length here; the policy is checked after parsing, with the address at hand. */
export const newPasswordSchema = z.string().max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong");

// Ids of rows (cuid) and of accounts (better-auth): letters, digits, - and _ only, so no NUL reaches a query.
export const accountRowIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "errors.invalidValue");

/** The invitation a sign-in or sign-up form carries along (a hidden field), or null. */
export function invitationToken(value: unknown): string | null {
  return typeof value === "string" && TOKEN_PATTERN.test(value) ? value : null;
}
