import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { singleLineText } from "@/lib/schemas/text";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "errors.tooLong")
  .pipe(z.email("auth.errors.email"));

export const signUpSchema = z.object({
  name: singleLineText({ max: 120, required: "auth.errors.nameRequired" }),
  email: emailSchema,
  // The length and common-password rules are checked after parsing, with the email at hand.
  password: z.string().max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong"),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, "auth.errors.passwordRequired")
    .max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong"),
});
