"use server";

import { redirect } from "next/navigation";
import { withdrawScanSchema } from "@/app/actions/scan/withdraw-scan.schema";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { withdrawScan } from "@/lib/server/clients/scan-filing";

/**
 * The respondent takes their self-scan out of a consultant's client file, by its private link (issue 15). Answers
 * with the filing page again.
 */
export const withdrawScanAction = definePlainFormAction({
  access: "public",
  schema: withdrawScanSchema,
  read: (formData) => ({ token: formData.get("token"), confirm: formData.get("confirm") }),
  handler: async ({ token }) => {
    const result = await withdrawScan({ resumeToken: token });
    if (result === "not-found") return;
    redirect(`/scan/${token}/filing?withdrawn=1`);
  },
});
