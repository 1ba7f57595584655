import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { emailSchema } from "@/lib/schemas/auth";
import { singleLineText } from "@/lib/schemas/text";

export const signUpSchema = z.object({
  name: singleLineText({ max: 120, required: "auth.errors.nameRequired" }),
  email: emailSchema,
  // The length and common-password rules are checked after parsing, with the email at hand.
  password: z.string().max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong"),
});
