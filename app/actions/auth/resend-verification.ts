"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { isLocale } from "@/lib/i18n/locale";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { resendVerificationMail } from "@/lib/server/auth/email-verification";
import { getRequestOrigin } from "@/lib/server/http/request-origin";

/**
 * "Send the confirmation mail again" (the banner): 3 an hour per account; the account page tells the outcome.
 * Public to the wrapper: a signed-in user without a workspace yet may ask too.
 */
export const resendVerificationAction = definePlainFormAction({
  access: "public",
  schema: z.object({}),
  read: () => ({}),
  handler: async () => {
    const user = await getSignedInUser();
    if (!user) redirect("/sign-in");
    const [origin, locale] = await Promise.all([getRequestOrigin(), getLocale()]);
    const result = await resendVerificationMail({
      userId: user.userId,
      origin,
      locale: isLocale(locale) ? locale : "nl",
    });
    if (result.ok) redirect("/account?verification=sent");
    if ("retryAfterSeconds" in result) {
      redirect(`/account?verification=wait&minutes=${Math.max(1, Math.ceil(result.retryAfterSeconds / 60))}`);
    }
    redirect(`/account?verification=${result.error === "verified" ? "already" : "off"}`);
  },
});
