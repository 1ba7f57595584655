import { z } from "zod";
import { tokenSchema } from "@/lib/schemas/scan";

/** The organiser page's buttons (remind, close): the organiser token only. */
export const mirrorTokenSchema = z.object({ token: tokenSchema });
