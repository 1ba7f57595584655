"use server";

import { redirect } from "next/navigation";
import { resetPasswordSchema } from "@/app/actions/auth/reset-password.schema";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-messages";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { resetPassword } from "@/lib/server/auth/password-reset";

/** Sets the new password; a forged, used or expired link changes nothing and says so. */
export const resetPasswordAction = defineFormAction({
  access: "public",
  schema: resetPasswordSchema,
  read: (formData) => ({
    token: formData.get("token") ?? "",
    password: formData.get("password") ?? "",
    confirm: formData.get("confirm") ?? "",
  }),
  handler: async ({ token, password }) => {
    const result = await resetPassword({ token, newPassword: password });
    if (!result.ok) {
      if (result.error === "invalid-link") return { status: "error", message: "accounts.reset.linkInvalid" };
      const errors = { password: PASSWORD_MESSAGES[result.error] };
      return { status: "error", message: "errors.checkFields", fieldErrors: errors };
    }
    redirect("/sign-in?reset=1");
  },
});
