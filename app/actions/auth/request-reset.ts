"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { forgotPasswordSchema } from "@/app/actions/auth/request-reset.schema";
import { type ActionState, fieldErrors } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/locale";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { accountMailEnabled } from "@/lib/server/auth/account-mail";
import { requestPasswordReset, reserveResetRequest } from "@/lib/server/auth/password-reset";
import { getClientAddress, getRequestOrigin } from "@/lib/server/http/request-origin";

function waitMessage(retryAfterSeconds: number): Pick<ActionState, "message" | "values"> {
  return retryAfterSeconds < 60
    ? { message: "accounts.errors.resetThrottledSeconds", values: { seconds: retryAfterSeconds } }
    : { message: "accounts.errors.resetThrottled", values: { minutes: Math.ceil(retryAfterSeconds / 60) } };
}

/**
 * Every accepted request gets the same answer — the "check your mail" page — whether or not the address has an
 * account. The look-up and the mail happen after the answer has gone (`after`), so neither the answer nor its
 * timing depends on the address. The count (per address and IP) comes first and is the same for both.
 */
export const requestResetAction = defineFormAction({
  access: "public",
  schema: forgotPasswordSchema,
  read: (formData) => ({ email: formData.get("email") ?? "" }),
  refill: ["email"],
  // Without mail there is no reset to ask for, whatever was typed.
  invalid: (error, fields): ActionState =>
    accountMailEnabled()
      ? { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(error), fields }
      : { status: "error", message: "accounts.reset.mailOff", fields },
  handler: async ({ email }, { fields }) => {
    if (!accountMailEnabled()) return { status: "error", message: "accounts.reset.mailOff", fields };
    const allowed = await reserveResetRequest({ email, ip: await getClientAddress() });
    if (!allowed.ok) return { status: "error", ...waitMessage(allowed.retryAfterSeconds), fields };
    const [origin, locale] = await Promise.all([getRequestOrigin(), getLocale()]);
    after(() =>
      requestPasswordReset({ email, origin, locale: isLocale(locale) ? locale : "nl" }).catch((error: unknown) => {
        console.error("password reset request failed", error);
      }),
    );
    redirect("/forgot-password?sent=1");
  },
});
