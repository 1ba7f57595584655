import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";

export const archiveClientSchema = z.object({
  clientId: idSchema,
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});
