import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { newPasswordSchema } from "@/lib/schemas/accounts";

export const changePasswordSchema = z
  .object({
    current: z
      .string()
      .min(1, "auth.errors.passwordRequired")
      .max(PASSWORD_MAX_LENGTH + 1, "auth.errors.passwordTooLong"),
    password: newPasswordSchema,
    confirm: z.string().max(PASSWORD_MAX_LENGTH + 1),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "accounts.errors.confirmMismatch" });
