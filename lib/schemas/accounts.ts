import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { LOCALES } from "@/lib/questionnaire/schema";
import { emailSchema } from "@/lib/schemas/auth";
import { singleLineText } from "@/lib/schemas/text";
import { TOKEN_PATTERN } from "@/lib/security/tokens";

// One schema per form of the accounts area (app/account, app/team, the reset pages). The password policy
// (length, common passwords, the address) is checked after parsing, with the address at hand.

const newPassword = z.string().max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong");

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: z.string().max(100),
    password: newPassword,
    confirm: z.string().max(PASSWORD_MAX_LENGTH + 1),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "accounts.errors.confirmMismatch" });

export const accountNameSchema = z.object({
  name: singleLineText({ max: 120, required: "auth.errors.nameRequired" }),
});

export const changePasswordSchema = z
  .object({
    current: z
      .string()
      .min(1, "auth.errors.passwordRequired")
      .max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong"),
    password: newPassword,
    confirm: z.string().max(PASSWORD_MAX_LENGTH + 1),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "accounts.errors.confirmMismatch" });

export const inviteColleagueSchema = z.object({ email: emailSchema, locale: z.enum(LOCALES) });

// Ids of rows (cuid) and of accounts (better-auth): letters, digits, - and _ only, so no NUL reaches a query.
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "errors.invalidValue");
export const invitationIdSchema = z.object({ invitationId: id });
export const memberIdSchema = z.object({ userId: id });
export const workspaceIdSchema = z.object({ workspaceId: id });
export const invitationTokenSchema = z.object({ token: z.string().regex(TOKEN_PATTERN) });

/** The invitation a sign-in or sign-up form carries along (a hidden field), or null. */
export function invitationToken(value: unknown): string | null {
  return typeof value === "string" && TOKEN_PATTERN.test(value) ? value : null;
}
