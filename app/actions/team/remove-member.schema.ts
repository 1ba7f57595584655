import { z } from "zod";
import { accountRowIdSchema } from "@/lib/schemas/accounts";

export const memberIdSchema = z.object({ userId: accountRowIdSchema });
