import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { REMINDER_DAY_CHOICES } from "@/lib/mail/reminder-rules";
import { MIRROR_AUDIENCES } from "@/lib/questionnaire/mirror-schema";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { idSchema } from "@/lib/schemas/client";
import { tokenSchema } from "@/lib/schemas/scan";
import { multiLineText, singleLineText } from "@/lib/schemas/text";

export const MAX_MIRROR_SEGMENTS = 12;
export const MAX_SEGMENT_LENGTH = 60;

/** "YYYY-MM-DD" from the date input: the mirror closes at the end of that day (UTC); empty: no date. */
const closingDateSchema = z
  .string()
  .trim()
  .max(10, "errors.invalidValue")
  .transform((value, ctx) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "round.errors.closingDateInvalid" });
      return z.NEVER;
    }
    if (date.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", message: "round.errors.closingDatePast" });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + 366 * 86_400_000) {
      ctx.addIssue({ code: "custom", message: "round.errors.closingDateFar" });
      return z.NEVER;
    }
    return date;
  });

const checkbox = z.enum(["on", ""]).transform((value) => value === "on");

/** The start form of a customer mirror: paired with a client's scan (`scan`) or a round's organiser link (`round`). */
export const createMirrorSchema = z
  .object({
    scan: z.union([idSchema, z.literal("")]),
    round: z.union([tokenSchema, z.literal("")]),
    team: singleLineText({ max: 60 }),
    audience: z.enum(MIRROR_AUDIENCES, { message: "errors.invalidValue" }),
    segments: multiLineText({ max: 2000, trim: false })
      .transform((text) => parseLines(text))
      .refine((lines) => lines.length <= MAX_MIRROR_SEGMENTS, "mirrorOrganise.errors.tooManySegments")
      .refine(
        (lines) => lines.every((line) => line.length <= MAX_SEGMENT_LENGTH),
        "mirrorOrganise.errors.segmentTooLong",
      ),
    askNps: checkbox,
    askMark: checkbox,
    askOpen: checkbox,
    closesAt: closingDateSchema,
    reminderDaysBefore: z
      .string()
      .trim()
      .refine((value) => value === "" || (REMINDER_DAY_CHOICES as readonly number[]).includes(Number(value)), {
        message: "errors.invalidValue",
      })
      .transform((value) => (value === "" ? null : Number(value))),
    locale: z.enum(LOCALES, { message: "errors.invalidValue" }),
  })
  .refine((input) => Boolean(input.scan) !== Boolean(input.round), {
    message: "mirrorOrganise.errors.noPairing",
    path: ["form"],
  });

export type CreateMirrorForm = z.output<typeof createMirrorSchema>;

/** The form as the schema reads it (missing fields as empty strings). */
export function readCreateMirrorForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    scan: text("scan"),
    round: text("round"),
    team: text("team"),
    audience: text("audience"),
    segments: text("segments"),
    askNps: text("askNps"),
    askMark: text("askMark"),
    askOpen: text("askOpen"),
    closesAt: text("closesAt"),
    reminderDaysBefore: text("reminderDaysBefore"),
    locale: text("locale"),
  };
}

export const CREATE_MIRROR_FIELDS = [
  "scan",
  "round",
  "team",
  "audience",
  "segments",
  "askNps",
  "askMark",
  "askOpen",
  "closesAt",
  "reminderDaysBefore",
  "locale",
] as const;
