"use server";

import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { agreeRecommendationSchema } from "@/app/actions/targets/agree-recommendation.schema";
import { loopActor, NOT_ALLOWED } from "@/app/actions/targets/loop-actor";
import type { AgreeState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { createActionFromRecommendation } from "@/lib/server/targets/create-action";

/** "Agree as action" on a recommendation: safe to click twice (one action per recommendation and scan). */
export const agreeRecommendationAction = defineFormAction<
  typeof agreeRecommendationSchema,
  typeof loopActor,
  AgreeState
>({
  access: loopActor,
  refused: NOT_ALLOWED,
  schema: agreeRecommendationSchema,
  read: (formData) => ({ scanId: formData.get("scanId"), recommendationId: formData.get("recommendationId") }),
  invalid: () => ({ status: "error", message: "errors.invalidValue" }),
  handler: async (input, { caller: actor }) => {
    const created = await createActionFromRecommendation({ actor, ...input, locale: await getLocale() });
    if (!created.ok) {
      return created.error === "not-found" ? NOT_ALLOWED : { status: "error", message: "errors.invalidValue" };
    }
    refresh();
    return { status: "idle", message: "loop.actions.agreed", actionId: created.actionId };
  },
});
