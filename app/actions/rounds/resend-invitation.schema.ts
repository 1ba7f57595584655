import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";
import { tokenSchema } from "@/lib/schemas/scan";

/** "Send again" for one failed invitation of the organiser's round. */
export const resendInvitationSchema = z.object({ token: tokenSchema, mailId: idSchema });
