import { z } from "zod";
import { LOCALES } from "@/lib/questionnaire/schema";

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });
