import { z } from "zod";
import { TOKEN_PATTERN } from "@/lib/security/tokens";

export const confirmEmailSchema = z.object({ token: z.string().regex(TOKEN_PATTERN) });
