import type { PasswordProblem } from "@/lib/auth/password-policy";

/** The message key for each password-policy problem, shared by every form that sets a password. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  "too-short": "auth.errors.passwordTooShort",
  "too-long": "auth.errors.passwordTooLong",
  common: "auth.errors.passwordCommon",
  "contains-email": "auth.errors.passwordContainsEmail",
};
