"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { confirmEmailSchema } from "@/app/actions/auth/confirm-email.schema";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { DEVICE_COOKIE, deviceCookieOptions } from "@/lib/server/auth/device-cookie";
import { confirmEmail } from "@/lib/server/auth/email-verification";
import {
  createSignUpCookieValue,
  readSignUpCookie,
  SIGN_UP_COOKIE,
  signUpCookieOptions,
} from "@/lib/server/auth/sign-up-cookie";
import { signInVerifiedUser } from "@/lib/server/auth/verified-session";

/**
 * The button on /verify-email/<token>. Spending the link takes a click (a POST), so a mail scanner that opens
 * every link does not use it up. A forged, used or expired link goes back to its page, which says so.
 * Spent in the browser that signed the address up (its sign-up cookie), it also signs in and goes to the
 * dashboard; anywhere else it leads to the sign-in form with the address filled in (docs/security.md).
 */
export const confirmEmailAction = definePlainFormAction({
  access: "public",
  schema: confirmEmailSchema,
  read: (formData) => ({ token: String(formData.get("token") ?? "") }),
  invalid: () => redirect("/verify-email/invalid"),
  handler: async ({ token }) => {
    const confirmed = await confirmEmail(token);
    if (!confirmed) redirect(`/verify-email/${token}`);
    const jar = await cookies();
    const signedIn = await getSignedInUser();
    if (signedIn?.email.toLowerCase() === confirmed.email) redirect("/dashboard?verified=1");
    const cookie = readSignUpCookie(jar.get(SIGN_UP_COOKIE)?.value);
    if (!signedIn && cookie?.purpose === "signed-up" && cookie.email === confirmed.email) {
      const session = await signInVerifiedUser({ email: confirmed.email, signedUpAt: cookie.issuedAt });
      if (session) {
        jar.set(DEVICE_COOKIE, session.deviceCookie, deviceCookieOptions());
        jar.delete(SIGN_UP_COOKIE);
        redirect("/dashboard?verified=1");
      }
    }
    jar.set(SIGN_UP_COOKIE, createSignUpCookieValue(confirmed.email, "prefill"), signUpCookieOptions());
    redirect("/verify-email/confirmed");
  },
});
