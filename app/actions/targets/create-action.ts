"use server";

import { refresh } from "next/cache";
import { createActionSchema } from "@/app/actions/targets/create-action.schema";
import { ACTION_FIELDS, loopActor, NOT_ALLOWED, readActionForm } from "@/app/actions/targets/loop-actor";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { createOwnAction } from "@/lib/server/targets/create-action";

/** An action of one's own. The form's one-time key makes a double submit one action. */
export const createActionAction = defineFormAction({
  access: loopActor,
  refused: NOT_ALLOWED,
  schema: createActionSchema,
  read: (formData) => ({ scanId: formData.get("scanId"), ...readActionForm(formData) }),
  refill: ACTION_FIELDS,
  handler: async ({ scanId, ...input }, { caller: actor, fields, once }) => {
    const created = await once(`action:${scanId}`, input, () => createOwnAction({ actor, scanId, input }));
    if (!created.ok) {
      return created.error === "unknown-domain"
        ? {
            status: "error",
            message: "errors.checkFields",
            fieldErrors: { domainId: "loop.errors.domainRequired" },
            fields,
          }
        : { ...NOT_ALLOWED, fields };
    }
    refresh();
    // The form closes and empties itself; the confirmation takes focus.
    return { status: "done", message: "loop.actions.created" };
  },
});
