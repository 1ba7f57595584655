import { z } from "zod";

/** A scale point, "na" (not applicable) or "dk" (don't know); the questionnaire decides which points are valid. */
export const roundAnswerValueSchema = z.union([z.number().int().min(-100).max(100), z.literal("na"), z.literal("dk")]);

/** One respondent of a round as read by `npm run aggregate`: role, optional team, answers by item id. */
export const roundResponseInputSchema = z.strictObject({
  role: z.string().trim().min(1, "a role is required").max(64),
  team: z.string().trim().max(120).nullish(),
  answers: z.record(z.string().min(1).max(64), roundAnswerValueSchema),
});

export const roundResponsesInputSchema = z.array(roundResponseInputSchema).max(10_000);
export type RoundResponseInput = z.infer<typeof roundResponseInputSchema>;
