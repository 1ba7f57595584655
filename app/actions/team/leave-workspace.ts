"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { removeMember } from "@/lib/server/workspaces/memberships";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";

/** A member leaves the workspace (the last owner cannot) and goes on in their own. */
export const leaveWorkspaceAction = definePlainFormAction({
  access: "consultant",
  schema: z.object({}),
  read: () => ({}),
  handler: async (_input, { caller }) => {
    const left = await removeMember({
      workspaceId: caller.workspaceId,
      actor: { userId: caller.userId, role: caller.role },
      targetUserId: caller.userId,
    });
    if (!left.ok) redirect(`/team?refused=${left.error}`);
    (await cookies()).delete(WORKSPACE_COOKIE);
    redirect("/dashboard?left=1");
  },
});
