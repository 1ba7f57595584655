"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { invitationTokenSchema } from "@/app/actions/team/accept-invitation.schema";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { acceptInvitation } from "@/lib/server/workspaces/invitations";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";
import { workspaceCookieOptions } from "@/lib/workspaces/workspace-cookie";

/**
 * The signed-in user joins through the link; the invitation page explains any refusal. Public to the wrapper:
 * the visitor may have no workspace yet, and a signed-out one is sent to sign in with the invitation.
 */
export const acceptInvitationAction = definePlainFormAction({
  access: "public",
  schema: invitationTokenSchema,
  read: (formData) => ({ token: formData.get("token") }),
  invalid: () => redirect("/dashboard"),
  handler: async ({ token }) => {
    const user = await getSignedInUser();
    if (!user) redirect(`/sign-in?invitation=${token}`);
    const accepted = await acceptInvitation({ token, user });
    if (!accepted.ok) redirect(`/colleague-invite/${token}?refused=${accepted.error}`);
    (await cookies()).set(WORKSPACE_COOKIE, accepted.workspaceId, workspaceCookieOptions());
    redirect("/dashboard?joined=1");
  },
});
