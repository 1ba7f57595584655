"use server";

import { redirect } from "next/navigation";
import { tokenSchema } from "@/lib/schemas/scan";
import { withdrawScan } from "@/lib/server/clients/scan-filing";

/**
 * The respondent takes their self-scan out of a consultant's client file, by its private link (issue 15). Only
 * the resume token does this; a results link never changes anything. Answers with the filing page again.
 */
export async function withdrawScanAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success || formData.get("confirm") !== "yes") return;
  const result = await withdrawScan({ resumeToken: token.data });
  if (result === "not-found") return;
  redirect(`/scan/${token.data}/filing?withdrawn=1`);
}
