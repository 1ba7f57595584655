"use server";

import { refresh } from "next/cache";
import { loopActor, NOT_ALLOWED } from "@/app/actions/targets/loop-actor";
import { setActionStatusSchema } from "@/app/actions/targets/set-action-status.schema";
import type { ActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { setActionStatus } from "@/lib/server/targets/set-action-status";

/** The status buttons beside an action: one click sets the status, with a history row as the edit form writes. */
export const setActionStatusAction = defineFormAction({
  access: loopActor,
  refused: NOT_ALLOWED,
  schema: setActionStatusSchema,
  read: (formData) => ({
    actionId: formData.get("actionId"),
    status: formData.get("status"),
    from: formData.get("from"),
  }),
  invalid: () => ({ status: "error", message: "errors.invalidValue" }),
  handler: async (input, { caller: actor, once }) =>
    once<ActionState>("set-action-status", input, async () => {
      const result = await setActionStatus({ actor, actionId: input.actionId, status: input.status });
      if (!result.ok) {
        return { status: "error", message: result.error === "busy" ? "loop.errors.busy" : "loop.errors.notAllowed" };
      }
      refresh();
      return { status: "done", message: `loop.actions.statusSet.${input.status}` };
    }),
});
