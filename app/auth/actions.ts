"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionState, fieldErrors, submittedFields } from "@/app/scan/action-state";
import { auth } from "@/lib/auth/auth";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { clearFailedSignIns, getSignInWait, recordFailedSignIn } from "@/lib/auth/sign-in-throttle";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { ensureWorkspace } from "@/lib/workspaces/ensure-workspace";

const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  "too-short": "auth.errors.passwordTooShort",
  "too-long": "auth.errors.passwordTooLong",
  common: "auth.errors.passwordCommon",
  "contains-email": "auth.errors.passwordContainsEmail",
};

function clientIp(list: Headers): string | null {
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || null;
}

export async function signUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
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

  try {
    const result = await auth.api.signUpEmail({ body: parsed.data, headers: await headers() });
    await ensureWorkspace({ userId: result.user.id, name: parsed.data.name });
  } catch (error) {
    if (error instanceof APIError && error.status === "UNPROCESSABLE_ENTITY") {
      return {
        status: "error",
        message: "errors.checkFields",
        fieldErrors: { email: "auth.errors.emailTaken" },
        fields,
      };
    }
    if (error instanceof APIError) return { status: "error", message: "auth.errors.failed", fields };
    throw error;
  }
  redirect("/dashboard");
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = submittedFields(formData, ["email"]);
  const parsed = signInSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  const requestHeaders = await headers();
  const who = { email: parsed.data.email, ip: clientIp(requestHeaders) };

  const wait = await getSignInWait(who);
  if (wait > 0) return { status: "error", message: "auth.errors.throttled", values: { minutes: wait }, fields };
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordFailedSignIn(who);
    const waitNow = await getSignInWait(who);
    return waitNow > 0
      ? { status: "error", message: "auth.errors.throttled", values: { minutes: waitNow }, fields }
      : { status: "error", message: "auth.errors.invalidCredentials", fields };
  }
  await clearFailedSignIns(who);
  redirect("/dashboard");
}

export async function signOutAction(): Promise<void> {
  // Deletes the session row as well as the cookie, so the old cookie is worthless.
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/");
}
