"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInSchema } from "@/app/actions/auth/sign-in.schema";
import { waitMessage } from "@/app/actions/auth/wait-message";
import { invitationToken } from "@/lib/schemas/accounts";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { DEVICE_COOKIE, deviceCookieOptions } from "@/lib/server/auth/device-cookie";
import { signInWithThrottle } from "@/lib/server/auth/sign-in";
import { SIGN_UP_COOKIE } from "@/lib/server/auth/sign-up-cookie";
import { getClientAddress } from "@/lib/server/http/request-origin";
import { acceptInvitation } from "@/lib/server/workspaces/invitations";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";
import { workspaceCookieOptions } from "@/lib/workspaces/workspace-cookie";

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
    // Signed in: the address kept for filling in the form (lib/server/auth/sign-up-cookie.ts) is not needed any more.
    jar.delete(SIGN_UP_COOKIE);
    // Through a colleague's invitation, signing in also joins: the dashboard then says "you joined <workspace>".
    const invitation = invitationToken(formData.get("invitation"));
    if (!invitation) redirect("/dashboard");
    const accepted = await acceptInvitation({
      token: invitation,
      user: { userId: result.userId, email: result.email },
    });
    if (!accepted.ok) redirect(`/colleague-invite/${invitation}?refused=${accepted.error}`);
    jar.set(WORKSPACE_COOKIE, accepted.workspaceId, workspaceCookieOptions());
    redirect("/dashboard?joined=1");
  },
});
