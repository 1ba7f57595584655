import { z } from "zod";
import { REMINDER_DAY_CHOICES } from "@/lib/mail/reminder-rules";
import { idSchema } from "@/lib/schemas/client";
import { tokenSchema } from "@/lib/schemas/scan";

/** The automatic reminder: none ("") or a number of days before the closing date. */
export const reminderDaysSchema = z.object({
  token: tokenSchema,
  days: z
    .string()
    .trim()
    .refine((value) => value === "" || (REMINDER_DAY_CHOICES as readonly number[]).includes(Number(value)), {
      message: "errors.invalidValue",
    })
    .transform((value) => (value === "" ? null : Number(value))),
});

/** A reminder or resend for a client's self-scan. */
export const scanMailSchema = z.object({ clientId: idSchema, scanId: idSchema });
