import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";

export const deleteActionSchema = z.object({ actionId: idSchema, confirm: z.literal("yes") });
