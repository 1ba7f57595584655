"use server";

import { redirect } from "next/navigation";
import { memberIdSchema } from "@/app/actions/team/remove-member.schema";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { removeMember } from "@/lib/server/workspaces/memberships";

/** An owner removes a colleague; their next request, on any app server, no longer reaches this workspace. */
export const removeMemberAction = definePlainFormAction({
  access: "consultant",
  schema: memberIdSchema,
  read: (formData) => ({ userId: formData.get("userId") }),
  invalid: () => redirect("/team"),
  handler: async ({ userId }, { caller }) => {
    const removed = await removeMember({
      workspaceId: caller.workspaceId,
      actor: { userId: caller.userId, role: caller.role },
      targetUserId: userId,
    });
    redirect(removed.ok ? "/team?removed=1" : `/team?refused=${removed.error}`);
  },
});
