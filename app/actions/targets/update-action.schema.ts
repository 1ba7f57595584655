import { idSchema } from "@/lib/schemas/client";
import { actionFieldsSchema } from "@/lib/schemas/targets";

/** The domain stays the one the action was agreed on: an edit never moves it. */
export const updateActionSchema = actionFieldsSchema.omit({ domainId: true }).extend({ actionId: idSchema });
