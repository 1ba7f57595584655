"use server";

import { redirect } from "next/navigation";
import { confirmEmailSchema } from "@/app/actions/auth/confirm-email.schema";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { confirmEmail } from "@/lib/server/auth/email-verification";

/**
 * The button on /verify-email/<token>. Spending the link takes a click (a POST), so a mail scanner that opens
 * every link does not use it up. A forged, used or expired link goes back to its page, which says so.
 */
export const confirmEmailAction = definePlainFormAction({
  access: "public",
  schema: confirmEmailSchema,
  read: (formData) => ({ token: String(formData.get("token") ?? "") }),
  invalid: () => redirect("/verify-email/invalid"),
  handler: async ({ token }) => {
    const confirmed = await confirmEmail(token);
    redirect(confirmed ? "/verify-email/confirmed" : `/verify-email/${token}`);
  },
});
