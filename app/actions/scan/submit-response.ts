"use server";

import { redirect } from "next/navigation";
import { submitResponseSchema } from "@/app/actions/scan/submit-response.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { submitResponse } from "@/lib/server/scans/submit-response";

export const submitResponseAction = defineFormAction({
  access: "public",
  schema: submitResponseSchema,
  read: (formData) => ({ token: formData.get("token") }),
  invalid: () => ({ status: "error", message: "errors.invalidToken" }),
  handler: async ({ token }) => {
    const submitted = await submitResponse({ resumeToken: token });
    if (!submitted.ok) {
      if (submitted.error === "closed") redirect(`/scan/${token}/closed`);
      return { status: "error", message: "errors.scanNotFound" };
    }
    // A round's respondent never sees a result of their own: only the round's aggregate exists.
    redirect(submitted.kind === "team" ? `/scan/${token}/done` : `/results/${submitted.shareToken}`);
  },
});
