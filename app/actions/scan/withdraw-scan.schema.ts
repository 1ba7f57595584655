import { z } from "zod";
import { tokenSchema } from "@/lib/schemas/scan";

/** The resume token (only it withdraws; a results link never changes anything) and the confirmation step's "yes". */
export const withdrawScanSchema = z.object({ token: tokenSchema, confirm: z.literal("yes") });
