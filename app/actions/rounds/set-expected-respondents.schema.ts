import { z } from "zod";
import { expectedRespondentsSchema } from "@/lib/schemas/round";
import { tokenSchema } from "@/lib/schemas/scan";

/** Changing the expected respondents on the organiser page while the round is open. */
export const expectedRespondentsFormSchema = z.object({
  token: tokenSchema,
  expectedRespondents: expectedRespondentsSchema,
});
