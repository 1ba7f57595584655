"use server";

import { refresh } from "next/cache";
import { ACTION_FIELDS, loopActor, NOT_ALLOWED, readActionForm } from "@/app/actions/targets/loop-actor";
import { updateActionSchema } from "@/app/actions/targets/update-action.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { updateAction } from "@/lib/server/targets/update-action";

/** Edits an action and/or changes its status (the history records each change). */
export const updateActionAction = defineFormAction({
  access: loopActor,
  refused: NOT_ALLOWED,
  schema: updateActionSchema,
  read: (formData) => ({ actionId: formData.get("actionId"), ...readActionForm(formData) }),
  refill: ACTION_FIELDS,
  handler: async ({ actionId, ...input }, { caller: actor, fields }) => {
    const updated = await updateAction({ actor, actionId, input });
    if (!updated.ok) {
      return {
        status: "error",
        message: updated.error === "busy" ? "loop.errors.busy" : "loop.errors.notAllowed",
        fields,
      };
    }
    refresh();
    return { status: "done", message: updated.changed ? "loop.actions.saved" : "loop.actions.unchanged" };
  },
});
