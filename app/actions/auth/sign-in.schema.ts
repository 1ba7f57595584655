import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { emailSchema } from "@/lib/schemas/auth";

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, "auth.errors.passwordRequired")
    .max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong"),
});
