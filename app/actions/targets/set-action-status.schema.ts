import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";
import { ACTION_STATUSES } from "@/lib/targets/action-status";

const status = z.enum(ACTION_STATUSES, { message: "errors.invalidValue" });

/**
 * A one-click status change: the action, the status to set, and the status the button was shown for (part of
 * the once-only key, so "done", "reopen", "done" again are three changes and not a repeat of the first).
 */
export const setActionStatusSchema = z.object({
  actionId: idSchema,
  status,
  from: status,
});
