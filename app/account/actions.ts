"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AccountActionState } from "@/app/account/action-state";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-messages";
import { fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import { accountNameSchema, changePasswordSchema, workspaceIdSchema } from "@/lib/schemas/accounts";
import { changeAccountPassword, renameAccount, signOutEverywhere } from "@/lib/server/auth/account-settings";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { getClientAddress } from "@/lib/server/http/request-origin";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";
import { workspaceCookieOptions } from "@/lib/workspaces/workspace-cookie";

export async function updateNameAction(_previous: AccountActionState, formData: FormData): Promise<AccountActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  await requireConsultant();
  const fields = submittedFields(formData, ["name"]);
  const parsed = accountNameSchema.safeParse({ name: formData.get("name") ?? "" });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  await renameAccount({ name: parsed.data.name, requestHeaders: await headers() });
  revalidatePath("/", "layout");
  return { status: "done", message: "accounts.account.nameSaved", fields: { name: parsed.data.name } };
}

export async function changePasswordAction(
  _previous: AccountActionState,
  formData: FormData,
): Promise<AccountActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const consultant = await requireConsultant();
  const parsed = changePasswordSchema.safeParse({
    current: formData.get("current") ?? "",
    password: formData.get("password") ?? "",
    confirm: formData.get("confirm") ?? "",
  });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error) };
  }
  const result = await changeAccountPassword({
    email: consultant.email,
    current: parsed.data.current,
    password: parsed.data.password,
    ip: await getClientAddress(),
    requestHeaders: await headers(),
  });
  // A fresh page load: the new session cookie (set by better-auth) is then the one the page is rendered with.
  if (result.ok) redirect("/account?password-changed=1");
  if (result.error === "throttled") {
    const seconds = result.retryAfterSeconds;
    return seconds < 60
      ? { status: "error", message: "auth.errors.throttledSeconds", values: { seconds } }
      : { status: "error", message: "auth.errors.throttled", values: { minutes: Math.ceil(seconds / 60) } };
  }
  if (result.error === "wrong-password") {
    return {
      status: "error",
      message: "errors.checkFields",
      fieldErrors: { current: "accounts.errors.currentPasswordWrong" },
    };
  }
  return { status: "error", message: "errors.checkFields", fieldErrors: { password: PASSWORD_MESSAGES[result.error] } };
}

/** Ends every session of this user on every device, this one too. */
export async function signOutEverywhereAction(): Promise<void> {
  await requireConsultant();
  await signOutEverywhere({ requestHeaders: await headers() });
  redirect("/sign-in?signed-out=everywhere");
}

/** Works in another of the user's workspaces from now on; the cookie is only a hint, checked on every request. */
export async function switchWorkspaceAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const consultant = await requireConsultant();
  const parsed = workspaceIdSchema.safeParse({ workspaceId: formData.get("workspaceId") });
  if (!parsed.success || !consultant.workspaces.some((w) => w.workspaceId === parsed.data.workspaceId)) return;
  (await cookies()).set(WORKSPACE_COOKIE, parsed.data.workspaceId, workspaceCookieOptions());
  redirect("/dashboard");
}

/** Forgets the workspace the user no longer belongs to, which ends the notice about it. */
export async function dismissLostWorkspaceAction(): Promise<void> {
  const consultant = await requireConsultant();
  (await cookies()).set(WORKSPACE_COOKIE, consultant.workspaceId, workspaceCookieOptions());
}
