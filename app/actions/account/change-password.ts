"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePasswordSchema } from "@/app/actions/account/change-password.schema";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-messages";
import type { AccountActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { changeAccountPassword } from "@/lib/server/auth/account-settings";
import { getClientAddress } from "@/lib/server/http/request-origin";

export const changePasswordAction = defineFormAction<typeof changePasswordSchema, "consultant", AccountActionState>({
  access: "consultant",
  schema: changePasswordSchema,
  read: (formData) => ({
    current: formData.get("current") ?? "",
    password: formData.get("password") ?? "",
    confirm: formData.get("confirm") ?? "",
  }),
  handler: async (input, { caller }): Promise<AccountActionState> => {
    const result = await changeAccountPassword({
      email: caller.email,
      current: input.current,
      password: input.password,
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
    return {
      status: "error",
      message: "errors.checkFields",
      fieldErrors: { password: PASSWORD_MESSAGES[result.error] },
    };
  },
});
