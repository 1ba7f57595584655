import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";
import { questionnaireIdSchema } from "@/lib/schemas/targets";

export const agreeRecommendationSchema = z.object({
  scanId: idSchema,
  recommendationId: questionnaireIdSchema,
});
