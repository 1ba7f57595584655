"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";
import { workspaceCookieOptions } from "@/lib/workspaces/workspace-cookie";

/** Forgets the workspace the user no longer belongs to, which ends the notice about it. */
export const dismissLostWorkspaceAction = definePlainFormAction({
  access: "consultant",
  schema: z.object({}),
  read: () => ({}),
  handler: async (_input, { caller }) => {
    (await cookies()).set(WORKSPACE_COOKIE, caller.workspaceId, workspaceCookieOptions());
  },
});
