"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-messages";
import { type ActionState, fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/locale";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/schemas/accounts";
import { accountMailEnabled } from "@/lib/server/auth/account-mail";
import { requestPasswordReset, reserveResetRequest, resetPassword } from "@/lib/server/auth/password-reset";
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
export async function requestResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const fields = submittedFields(formData, ["email"]);
  if (!accountMailEnabled()) return { status: "error", message: "accounts.reset.mailOff", fields };
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") ?? "" });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  const { email } = parsed.data;
  const allowed = await reserveResetRequest({ email, ip: await getClientAddress() });
  if (!allowed.ok) return { status: "error", ...waitMessage(allowed.retryAfterSeconds), fields };
  const [origin, locale] = await Promise.all([getRequestOrigin(), getLocale()]);
  after(() =>
    requestPasswordReset({ email, origin, locale: isLocale(locale) ? locale : "nl" }).catch((error: unknown) => {
      console.error("password reset request failed", error);
    }),
  );
  redirect("/forgot-password?sent=1");
}

/** Sets the new password; a forged, used or expired link changes nothing and says so. */
export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = resetPasswordSchema.safeParse({
    token: formData.get("token") ?? "",
    password: formData.get("password") ?? "",
    confirm: formData.get("confirm") ?? "",
  });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error) };
  }
  const result = await resetPassword({ token: parsed.data.token, newPassword: parsed.data.password });
  if (!result.ok) {
    if (result.error === "invalid-link") return { status: "error", message: "accounts.reset.linkInvalid" };
    const errors = { password: PASSWORD_MESSAGES[result.error] };
    return { status: "error", message: "errors.checkFields", fieldErrors: errors };
  }
  redirect("/sign-in?reset=1");
}
