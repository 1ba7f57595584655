import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";
import { optionalDaySchema, questionnaireIdSchema, type SetTargetsInput } from "@/lib/schemas/targets";
import { resolveTargetDate } from "@/lib/targets/target-dates";

/**
 * The targets form: one date for all domains (`targetDate`), and per domain a level (empty: no target) and an
 * optional date of its own that replaces it. Parses to one date per domain, as the targets are stored.
 */
export const setTargetsFormSchema = z
  .object({
    scanId: idSchema,
    targetDate: optionalDaySchema,
    targets: z
      .array(
        z.object({
          domainId: questionnaireIdSchema,
          levelId: z.union([z.literal(""), questionnaireIdSchema]),
          ownDate: optionalDaySchema,
        }),
      )
      .max(40),
  })
  .transform(
    ({ scanId, targetDate, targets }): SetTargetsInput => ({
      scanId,
      targets: targets.map(({ domainId, levelId, ownDate }) => ({
        domainId,
        levelId,
        targetDate: resolveTargetDate(targetDate, ownDate),
      })),
    }),
  );
