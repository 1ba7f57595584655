import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { emailSchema } from "@/lib/schemas/auth";

export const inviteColleagueSchema = z.object({ email: emailSchema, locale: z.enum(LOCALES) });
