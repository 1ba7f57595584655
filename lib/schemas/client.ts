import { z } from "zod";
import type { DashboardQuery } from "@/lib/clients/format-dashboard-href";
import { CLIENT_SORTS, SECTORS, SIZE_BANDS } from "@/lib/clients/options";
import type { CompareQuery } from "@/lib/history/select-pair";
import { LOCALES } from "@/lib/questionnaire/schema";
import { optionalMailAddressSchema } from "@/lib/schemas/mail-address";
import { RESPONDENT_ROLES } from "@/lib/schemas/scan";
import { multiLineText, singleLineText, stripForbiddenCharacters } from "@/lib/schemas/text";

export const idSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9]+$/i, "errors.invalidValue");

export const clientFormSchema = z.object({
  name: singleLineText({ max: 120, required: "clients.errors.nameRequired" }),
  sector: z.enum(SECTORS, { message: "clients.errors.sectorRequired" }),
  sizeBand: z.enum(SIZE_BANDS, { message: "clients.errors.sizeRequired" }),
  notes: multiLineText({ max: 2000, tooLong: "clients.errors.notesTooLong" }).default(""),
});
export type ClientFormInput = z.infer<typeof clientFormSchema>;

export const startClientScanSchema = z.object({
  clientId: idSchema,
  kind: z.enum(["full", "quick"], { message: "errors.invalidValue" }),
  locale: z.enum(LOCALES, { message: "errors.invalidValue" }),
  respondentRole: z.enum(RESPONDENT_ROLES, { message: "errors.roleRequired" }),
  team: singleLineText({ max: 120 }).optional(),
  // Optional: the invitation goes to this address by mail (when mail is on).
  email: optionalMailAddressSchema,
});
export type StartClientScanInput = z.infer<typeof startClientScanSchema>;

/** Dashboard query string; anything unexpected falls back to the default instead of failing the page. */
export const clientListQuerySchema = z.object({
  // A search with a control character is stripped of it, never an error (and never a query PostgreSQL refuses).
  q: z
    .string()
    .transform(stripForbiddenCharacters)
    .pipe(singleLineText({ max: 120 }))
    .catch("")
    .default(""),
  sector: z.enum(SECTORS).optional().catch(undefined),
  level: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .max(64)
    .optional()
    .catch(undefined),
  sort: z.enum(CLIENT_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  archived: z.enum(["0", "1"]).catch("0").default("0"),
}) satisfies z.ZodType<DashboardQuery>;
export type ClientListQuery = z.infer<typeof clientListQuerySchema>;

/** The compare page's query string; anything unusable falls back to the default pair. */
export const compareQuerySchema = z.object({
  a: idSchema.optional().catch(undefined),
  b: idSchema.optional().catch(undefined),
}) satisfies z.ZodType<CompareQuery>;
