import { z } from "zod";
import { accountRowIdSchema } from "@/lib/schemas/accounts";

export const invitationIdSchema = z.object({ invitationId: accountRowIdSchema });
