import { idSchema } from "@/lib/schemas/client";
import { actionFieldsSchema } from "@/lib/schemas/targets";

export const createActionSchema = actionFieldsSchema.extend({ scanId: idSchema });
