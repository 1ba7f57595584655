import { z } from "zod";
import { LOCALES } from "@/lib/questionnaire/schema";
import { emailSchema } from "@/lib/schemas/auth";

export const inviteColleagueSchema = z.object({ email: emailSchema, locale: z.enum(LOCALES) });
