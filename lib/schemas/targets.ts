import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";
import { multiLineText, singleLineText } from "@/lib/schemas/text";
import { ACTION_STATUSES } from "@/lib/targets/action-status";

// Forms of targets and agreed actions (lib/targets). Messages are catalogue keys.

export const questionnaireIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "errors.invalidValue")
  .max(64);

/** A calendar day from <input type="date">, stored as midnight UTC; empty means none. */
export const optionalDaySchema = z
  .string()
  .trim()
  .max(10, "loop.errors.invalidDate")
  .refine((value) => value === "" || isRealDay(value), "loop.errors.invalidDate")
  .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));

function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= 2000 && year <= 2100;
}

/** Per domain a level (empty: no target) and an optional date. */
export const setTargetsSchema = z.object({
  scanId: idSchema,
  targets: z
    .array(
      z.object({
        domainId: questionnaireIdSchema,
        levelId: z.union([z.literal(""), questionnaireIdSchema]),
        targetDate: optionalDaySchema,
      }),
    )
    .max(40),
});
export type SetTargetsInput = z.infer<typeof setTargetsSchema>;

/** The fields of an action a person writes or edits. */
export const actionFieldsSchema = z.object({
  title: singleLineText({ max: 200, required: "loop.errors.titleRequired" }),
  domainId: questionnaireIdSchema.refine(Boolean, "loop.errors.domainRequired"),
  owner: singleLineText({ max: 120 }).default(""),
  dueDate: optionalDaySchema,
  status: z.enum(ACTION_STATUSES, { message: "errors.invalidValue" }).default("not_started"),
  notes: multiLineText({ max: 2000, tooLong: "loop.errors.notesTooLong" }).default(""),
});
export type ActionFieldsInput = z.infer<typeof actionFieldsSchema>;

/** Filters of a client's action list (URL search params); anything unknown is ignored, never an error. */
export const actionListQuerySchema = z.object({
  status: z
    .enum([...ACTION_STATUSES, "open", "overdue"])
    .optional()
    .catch(undefined),
  domain: questionnaireIdSchema.optional().catch(undefined),
});
export type ActionListQuery = z.infer<typeof actionListQuerySchema>;

export const actionExportQuerySchema = z.object({ format: z.enum(["csv", "json"]).default("csv") });
