"use server";

import { redirect } from "next/navigation";
import { invitationIdSchema } from "@/app/actions/team/revoke-invitation.schema";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { revokeInvitation } from "@/lib/server/workspaces/invitations";

export const revokeInvitationAction = definePlainFormAction({
  access: "consultant",
  schema: invitationIdSchema,
  read: (formData) => ({ invitationId: formData.get("invitationId") }),
  invalid: () => redirect("/team"),
  handler: async ({ invitationId }, { caller }) => {
    await revokeInvitation({ workspaceId: caller.workspaceId, actorUserId: caller.userId, invitationId });
    redirect("/team");
  },
});
