"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locale";
import { TOKEN_PATTERN } from "@/lib/security/tokens";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { confirmEmail, resendVerificationMail } from "@/lib/server/auth/email-verification";
import { getRequestOrigin } from "@/lib/server/http/request-origin";

/**
 * The button on /verify-email/<token>. Spending the link takes a click (a POST), so a mail scanner that opens
 * every link does not use it up. A forged, used or expired link goes back to its page, which says so.
 */
export async function confirmEmailAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const token = String(formData.get("token") ?? "");
  if (!TOKEN_PATTERN.test(token)) redirect("/verify-email/invalid");
  const confirmed = await confirmEmail(token);
  redirect(confirmed ? "/verify-email/confirmed" : `/verify-email/${token}`);
}

/** "Send the confirmation mail again" (the banner): 3 an hour per account; the account page tells the outcome. */
export async function resendVerificationAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
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
}
