import { z } from "zod";
import { tokenSchema } from "@/lib/schemas/scan";

/** The organiser's "send a reminder" button. */
export const roundReminderSchema = z.object({ token: tokenSchema });
