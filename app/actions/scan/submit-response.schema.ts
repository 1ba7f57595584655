import { z } from "zod";
import { tokenSchema } from "@/lib/schemas/scan";

export const submitResponseSchema = z.object({ token: tokenSchema });
