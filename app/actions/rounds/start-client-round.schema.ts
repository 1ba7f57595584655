import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";

export const startClientRoundSchema = z.object({ clientId: idSchema });
