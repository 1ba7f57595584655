"use server";

import { refresh } from "next/cache";
import { deleteActionSchema } from "@/app/actions/targets/delete-action.schema";
import { loopActor, NOT_ALLOWED } from "@/app/actions/targets/loop-actor";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { deleteAction } from "@/lib/server/targets/update-action";

/** Deletes an action; the form sends `confirm=yes` only from its confirmation step. */
export const deleteActionAction = defineFormAction({
  access: loopActor,
  refused: NOT_ALLOWED,
  schema: deleteActionSchema,
  read: (formData) => ({ actionId: formData.get("actionId"), confirm: formData.get("confirm") }),
  invalid: () => ({ status: "error", message: "loop.errors.confirmDelete" }),
  handler: async ({ actionId }, { caller: actor }) => {
    const deleted = await deleteAction({ actor, actionId });
    if (!deleted.ok) return NOT_ALLOWED;
    refresh();
    return { status: "idle", message: "loop.actions.deleted" };
  },
});
