import { z } from "zod";
import { RESPONDENT_ROLES } from "@/lib/questionnaire/respondent-roles";
import { LOCALES } from "@/lib/questionnaire/schema";
import { singleLineText } from "@/lib/schemas/text";
import { TOKEN_PATTERN } from "@/lib/security/tokens";

// Input schemas that lib/server code or several forms and routes share: `<thing>Schema`. A schema only one action
// uses sits beside it (app/actions/<domain>/<verb-noun>.schema.ts).
// Messages are catalogue keys (errors.*), translated where they are shown.

export { RESPONDENT_ROLES, type RespondentRole } from "@/lib/questionnaire/respondent-roles";

export const tokenSchema = z.string().regex(TOKEN_PATTERN, "errors.invalidToken");

export const startScanSchema = z.object({
  questionnaireId: z.string().min(1, "errors.unknownQuestionnaire").max(64, "errors.unknownQuestionnaire"),
  organisationName: singleLineText({ max: 120, required: "errors.organisationRequired" }),
  respondentRole: z.enum(RESPONDENT_ROLES, { message: "errors.roleRequired" }),
  team: singleLineText({ max: 120 }).optional(),
  locale: z.enum(LOCALES),
});
export type StartScanInput = z.infer<typeof startScanSchema>;

export const itemIdSchema = z.string().min(1).max(64);
/**
 * A scale point, "na" (not applicable; in v1 the single "don't know / n.a." answer) or "dk" (don't know);
 * the questionnaire decides which are valid.
 */
export const answerValueSchema = z.union([z.number().int().min(-100).max(100), z.literal("na"), z.literal("dk")]);

export const saveAnswerSchema = z.object({
  token: tokenSchema,
  itemId: itemIdSchema,
  value: answerValueSchema,
});
