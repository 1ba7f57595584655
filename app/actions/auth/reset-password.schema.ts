import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { newPasswordSchema } from "@/lib/schemas/accounts";

export const resetPasswordSchema = z
  .object({
    token: z.string().max(100),
    password: newPasswordSchema,
    confirm: z.string().max(PASSWORD_MAX_LENGTH + 1),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "accounts.errors.confirmMismatch" });
