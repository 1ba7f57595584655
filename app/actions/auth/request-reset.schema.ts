import { z } from "zod";
import { emailSchema } from "@/lib/schemas/auth";

export const forgotPasswordSchema = z.object({ email: emailSchema });
