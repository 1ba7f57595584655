import { z } from "zod";
import { accountRowIdSchema } from "@/lib/schemas/accounts";

export const workspaceIdSchema = z.object({ workspaceId: accountRowIdSchema });
