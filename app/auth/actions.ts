"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { type ActionState, fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/locale";
import { invitationToken } from "@/lib/schemas/accounts";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { auth } from "@/lib/server/auth/auth";
import { DEVICE_COOKIE, deviceCookieOptions } from "@/lib/server/auth/device-cookie";
import { afterSignUp } from "@/lib/server/auth/email-verification";
import { signInWithThrottle } from "@/lib/server/auth/sign-in";
import { reserveSignUpAttempt } from "@/lib/server/auth/sign-in-throttle";
import { signUpAccount } from "@/lib/server/auth/sign-up";
import { getClientAddress, getRequestOrigin } from "@/lib/server/http/request-origin";

const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  "too-short": "auth.errors.passwordTooShort",
  "too-long": "auth.errors.passwordTooLong",
  common: "auth.errors.passwordCommon",
  "contains-email": "auth.errors.passwordContainsEmail",
};

/** Where every accepted sign-up lands, new address or taken: the sign-in page with a notice. */
const SIGNED_UP_URL = "/sign-in?signed-up=1";

function waitMessage(
  wait: { retryAfterSeconds: number },
  key: "throttled" | "signUpThrottled",
): { message: string; values: Record<string, number> } {
  return wait.retryAfterSeconds < 60
    ? { message: `auth.errors.${key}Seconds`, values: { seconds: wait.retryAfterSeconds } }
    : { message: `auth.errors.${key}`, values: { minutes: Math.ceil(wait.retryAfterSeconds / 60) } };
}

/**
 * A new and an already registered address answer alike (the same redirect, after the same scrypt work),
 * so sign-up does not tell who has an account. Sign-up therefore never signs in: the sign-in page says
 * "if this address is new, your account is ready; sign in".
 */
export async function signUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const fields = submittedFields(formData, ["name", "email"]);
  const parsed = signUpSchema.safeParse({
    name: formData.get("name") ?? "",
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  const problem = checkPassword(parsed.data.password, { email: parsed.data.email });
  if (problem) {
    const errors = { password: PASSWORD_MESSAGES[problem] };
    return { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
  }
  const allowed = await reserveSignUpAttempt({ ip: await getClientAddress() });
  if (!allowed.ok) return { status: "error", ...waitMessage(allowed, "signUpThrottled"), fields };

  if ((await signUpAccount(parsed.data)) === "failed") {
    return { status: "error", message: "auth.errors.failed", fields };
  }
  // The verification mail (a new address only) goes after the answer, so neither the answer nor its timing says
  // whether the address was new (lib/server/auth/email-verification.ts).
  const [origin, locale] = await Promise.all([getRequestOrigin(), getLocale()]);
  const email = parsed.data.email;
  after(() =>
    afterSignUp({ email, origin, locale: isLocale(locale) ? locale : "nl" }).catch((error: unknown) => {
      console.error("sign-up verification failed", error);
    }),
  );
  // Through a colleague's invitation, sign-in then leads back to it (app/colleague-invite).
  const invitation = invitationToken(formData.get("invitation"));
  redirect(invitation ? `${SIGNED_UP_URL}&invitation=${invitation}` : SIGNED_UP_URL);
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const fields = submittedFields(formData, ["email"]);
  const parsed = signInSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  const jar = await cookies();
  const result = await signInWithThrottle({
    ...parsed.data,
    ip: await getClientAddress(),
    requestHeaders: await headers(),
    deviceCookie: jar.get(DEVICE_COOKIE)?.value ?? null,
  });
  if (!result.ok && result.error === "throttled") {
    return { status: "error", ...waitMessage(result, "throttled"), fields };
  }
  if (!result.ok) return { status: "error", message: "auth.errors.invalidCredentials", fields };
  // This browser is now a known device of the account (OWASP device cookie, lib/server/auth/device-cookie.ts).
  jar.set(DEVICE_COOKIE, result.deviceCookie, deviceCookieOptions());
  const invitation = invitationToken(formData.get("invitation"));
  redirect(invitation ? `/colleague-invite/${invitation}` : "/dashboard");
}

export async function signOutAction(): Promise<void> {
  // Deletes the session row as well as the cookie, so the old cookie is worthless.
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/");
}
