import { z } from "zod";
import { idSchema } from "@/lib/schemas/client";
import { singleLineText } from "@/lib/schemas/text";

/** A pasted private (resume) link of a self-scan or organiser link of a round, or the bare token from it. */
export const attachScanSchema = z.object({
  clientId: idSchema,
  link: singleLineText({ max: 500 })
    .transform((value) => value.match(/([A-Za-z0-9_-]{32})\/?(?:[?#].*)?$/)?.[1] ?? "")
    .pipe(z.string().min(1, "clients.errors.linkInvalid")),
});
