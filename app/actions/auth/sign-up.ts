"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { signUpSchema } from "@/app/actions/auth/sign-up.schema";
import { waitMessage } from "@/app/actions/auth/wait-message";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { isLocale } from "@/lib/i18n/locale";
import { invitationToken } from "@/lib/schemas/accounts";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { afterSignUp } from "@/lib/server/auth/email-verification";
import { reserveSignUpAttempt } from "@/lib/server/auth/sign-in-throttle";
import { signUpAccount } from "@/lib/server/auth/sign-up";
import { createSignUpCookieValue, SIGN_UP_COOKIE, signUpCookieOptions } from "@/lib/server/auth/sign-up-cookie";
import { getClientAddress, getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";

const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  "too-short": "auth.errors.passwordTooShort",
  "too-long": "auth.errors.passwordTooLong",
  common: "auth.errors.passwordCommon",
  "contains-email": "auth.errors.passwordContainsEmail",
};

/**
 * A new and an already registered address answer alike (the same redirect and cookie, after the same scrypt work),
 * so sign-up does not tell who has an account, and therefore never signs in by itself. What it does instead
 * (docs/security.md, "After sign-up"): the browser gets the sign-up cookie naming the address; with mail on, the
 * end screen says to open the mailed link, which then signs in this browser; the sign-in form has the address
 * filled in. Through a colleague's invitation the next step is signing in (filled in), which joins at once.
 */
export const signUpAction = defineFormAction({
  access: "public",
  schema: signUpSchema,
  read: (formData) => ({
    name: formData.get("name") ?? "",
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  }),
  refill: ["name", "email"],
  handler: async (input, { formData, fields }) => {
    const problem = checkPassword(input.password, { email: input.email });
    if (problem) {
      const errors = { password: PASSWORD_MESSAGES[problem] };
      return { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
    }
    const allowed = await reserveSignUpAttempt({ ip: await getClientAddress() });
    if (!allowed.ok) return { status: "error", ...waitMessage(allowed, "signUpThrottled"), fields };

    if ((await signUpAccount(input)) === "failed") {
      return { status: "error", message: "auth.errors.failed", fields };
    }
    // The verification mail (a new address only) goes after the answer, so neither the answer nor its timing says
    // whether the address was new (lib/server/auth/email-verification.ts).
    const [origin, locale] = await Promise.all([getRequestOrigin(), getLocale()]);
    const email = input.email;
    after(() =>
      afterSignUp({ email, origin, locale: isLocale(locale) ? locale : "nl" }).catch((error: unknown) => {
        console.error("sign-up verification failed", error);
      }),
    );
    (await cookies()).set(SIGN_UP_COOKIE, createSignUpCookieValue(email, "signed-up"), signUpCookieOptions());
    const invitation = invitationToken(formData.get("invitation"));
    if (invitation) redirect(`/sign-in?signed-up=1&invitation=${invitation}`);
    redirect(mailEnabled() ? "/sign-up/check-mail" : "/sign-in?signed-up=1");
  },
});
