import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_KINDS } from "@/lib/exports/types";
import { LOCALES } from "@/lib/questionnaire/schema";

/**
 * Query string of GET /api/clients/[clientId]/export. `kind` is required; `format` defaults to CSV;
 * `locale` (the language of the statements) defaults to the visitor's language.
 */
export const exportQuerySchema = z.object({
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(EXPORT_FORMATS).default("csv"),
  locale: z.enum(LOCALES).optional(),
});
