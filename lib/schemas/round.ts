import { z } from "zod";
import { DEFAULT_MIN_GROUP, MIN_GROUP_CEILING, MIN_GROUP_FLOOR } from "@/lib/aggregation/minimums";
import { LOCALES } from "@/lib/i18n/locales";
import { DEFAULT_SCOPE, SCOPES } from "@/lib/questionnaire/scopes";
import { MAX_ROUND_TEAMS, parseLines } from "@/lib/scan-rules/round-lists";
import { EXPECTED_RESPONDENTS, needsMinGroupConfirmation } from "@/lib/scan-rules/round-minimums";
import { tokenSchema } from "@/lib/schemas/scan";
import { multiLineText, singleLineText } from "@/lib/schemas/text";

const STANDARD_ROLES = ["board", "manager", "employee", "other"] as const;

/** "YYYY-MM-DD" from a date input: the round closes at the end of that day (UTC); empty means no date. */
const closingDateSchema = z
  .string()
  .trim()
  .max(10, "errors.invalidValue")
  .transform((value, ctx) => {
    if (!value) return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(`${value}T23:59:59.999Z`) : null;
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

const teamsSchema = multiLineText({ max: 4000, trim: false })
  .transform((text) => parseLines(text))
  .refine((teams) => teams.length <= MAX_ROUND_TEAMS, "round.errors.tooManyTeams")
  .refine((teams) => teams.every((team) => team.length <= 60), "round.errors.teamTooLong");

const extraRolesSchema = multiLineText({ max: 1000, trim: false })
  .transform((text) => parseLines(text))
  .refine((roles) => roles.length <= 10 && roles.every((role) => role.length <= 40), "round.errors.rolesInvalid");

/** How many respondents the organiser expects: the team link accepts at most this many responses. */
export const expectedRespondentsSchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "anonymity.errors.expected")
  .transform(Number)
  .pipe(z.number().int().min(EXPECTED_RESPONDENTS.min).max(EXPECTED_RESPONDENTS.max));

/** Opening a team round, by a consultant for a client or by a manager without an account. */
export const startRoundSchema = z
  .object({
    organisationName: singleLineText({ max: 120, required: "errors.organisationRequired" }),
    organiserRole: singleLineText({ max: 120 }).default(""),
    kind: z.enum(["full", "quick"], { message: "errors.invalidValue" }),
    /** What respondents answer for: the whole organisation (default) or their own team. */
    scope: z.enum(SCOPES, { message: "errors.invalidValue" }).default(DEFAULT_SCOPE),
    locale: z.enum(LOCALES, { message: "errors.invalidValue" }),
    closesAt: closingDateSchema,
    roles: z
      .array(z.enum(STANDARD_ROLES, { message: "errors.invalidValue" }))
      .max(4)
      .default([]),
    extraRoles: extraRolesSchema.default([]),
    teams: teamsSchema.default([]),
    minGroupSize: z.coerce
      .number({ message: "round.errors.minGroupSize" })
      .int("round.errors.minGroupSize")
      .min(MIN_GROUP_FLOOR, "round.errors.minGroupSize")
      .max(MIN_GROUP_CEILING, "round.errors.minGroupSize")
      .default(DEFAULT_MIN_GROUP),
    /** The organiser ticked the warning that a minimum below the default is easier to see through. */
    confirmSmallGroups: z.boolean().default(false),
    /** "team": a team link (capped at the expected respondents) and optional personal links; "sealed": mailed links only. */
    mode: z.enum(["team", "sealed"], { message: "errors.invalidValue" }).default("team"),
    /** Required with a team link; "" for a sealed round. */
    expectedRespondents: z.string().trim().max(6, "anonymity.errors.expected").default(""),
  })
  .transform(({ roles, extraRoles, ...rest }) => ({ ...rest, roles: parseLines([...roles, ...extraRoles].join("\n")) }))
  .refine((input) => input.roles.length >= 1, { message: "round.errors.rolesRequired", path: ["roles"] })
  .refine((input) => !needsMinGroupConfirmation(input.minGroupSize) || input.confirmSmallGroups, {
    message: "anonymity.errors.confirmSmallGroups",
    path: ["confirmSmallGroups"],
  })
  .transform((input, ctx) => {
    const { expectedRespondents: text, ...rest } = input;
    if (input.mode === "sealed") return { ...rest, expectedRespondents: null };
    const expected = expectedRespondentsSchema.safeParse(text);
    if (!expected.success) {
      ctx.addIssue({ code: "custom", message: "anonymity.errors.expected", path: ["expectedRespondents"] });
      return z.NEVER;
    }
    return { ...rest, expectedRespondents: expected.data as number | null };
  });
export type StartRoundInput = z.infer<typeof startRoundSchema>;

export const organiserTokenSchema = z.object({ token: tokenSchema });

/** Joining through the team link, or a personal-link respondent choosing their group. */
export const joinRoundSchema = z.object({
  token: tokenSchema,
  role: singleLineText({ max: 40, tooLong: "errors.roleRequired", required: "errors.roleRequired" }),
  team: singleLineText({ max: 60 }).default(""),
});
