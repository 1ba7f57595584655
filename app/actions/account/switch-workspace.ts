"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { workspaceIdSchema } from "@/app/actions/account/switch-workspace.schema";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";
import { workspaceCookieOptions } from "@/lib/workspaces/workspace-cookie";

/** Works in another of the user's workspaces from now on; the cookie is only a hint, checked on every request. */
export const switchWorkspaceAction = definePlainFormAction({
  access: "consultant",
  schema: workspaceIdSchema,
  read: (formData) => ({ workspaceId: formData.get("workspaceId") }),
  handler: async ({ workspaceId }, { caller }) => {
    if (!caller.workspaces.some((w) => w.workspaceId === workspaceId)) return;
    (await cookies()).set(WORKSPACE_COOKIE, workspaceId, workspaceCookieOptions());
    redirect("/dashboard");
  },
});
