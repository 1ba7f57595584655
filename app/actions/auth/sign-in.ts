"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInSchema } from "@/app/actions/auth/sign-in.schema";
import { waitMessage } from "@/app/actions/auth/wait-message";
import { invitationToken } from "@/lib/schemas/accounts";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { DEVICE_COOKIE, deviceCookieOptions } from "@/lib/server/auth/device-cookie";
import { signInWithThrottle } from "@/lib/server/auth/sign-in";
import { getClientAddress } from "@/lib/server/http/request-origin";

export const signInAction = defineFormAction({
  access: "public",
  schema: signInSchema,
  read: (formData) => ({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" }),
  refill: ["email"],
  handler: async (input, { formData, fields }) => {
    const jar = await cookies();
    const result = await signInWithThrottle({
      ...input,
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
  },
});
