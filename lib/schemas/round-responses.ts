import { z } from "zod";
import { singleLineText } from "@/lib/schemas/text";

/** A scale point, "na" (not applicable) or "dk" (don't know); the questionnaire decides which points are valid. */
export const roundAnswerValueSchema = z.union([z.number().int().min(-100).max(100), z.literal("na"), z.literal("dk")]);

/** One respondent of a round as read by `npm run aggregate`: role, optional team, answers by item id. */
export const roundResponseInputSchema = z.strictObject({
  role: singleLineText({ max: 64, required: "a role is required" }),
  team: singleLineText({ max: 120 }).nullish(),
  answers: z.record(z.string().min(1).max(64), roundAnswerValueSchema),
});

export const roundResponsesInputSchema = z.array(roundResponseInputSchema).max(10_000);
