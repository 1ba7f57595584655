import { z } from "zod";
import { singleLineText } from "@/lib/schemas/text";

export const accountNameSchema = z.object({
  name: singleLineText({ max: 120, required: "auth.errors.nameRequired" }),
});
