import { z } from "zod";
import { answerValueSchema, itemIdSchema, tokenSchema } from "@/lib/schemas/scan";

export const saveAnswersSchema = z.object({
  token: tokenSchema,
  answers: z.array(z.object({ itemId: itemIdSchema, value: answerValueSchema })).max(500, "errors.tooMany"),
});
