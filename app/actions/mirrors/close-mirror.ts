"use server";

import { revalidatePath } from "next/cache";
import { MIRROR_NOT_FOUND, readMirrorToken } from "@/app/actions/mirrors/mirror-organiser";
import { mirrorTokenSchema } from "@/app/actions/mirrors/mirror-token.schema";
import type { ActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { closeMirror } from "@/lib/server/mirrors/close-mirror";
import { getMirrorForOrganiser } from "@/lib/server/mirrors/get-mirror-for-organiser";

/** The organiser closes the mirror: no more answers, and every address it was given is deleted. */
export const closeMirrorAction = defineFormAction({
  access: "public",
  schema: mirrorTokenSchema,
  read: readMirrorToken,
  invalid: () => MIRROR_NOT_FOUND,
  handler: async ({ token }): Promise<ActionState> => {
    const mirror = await getMirrorForOrganiser(token);
    if (!mirror) return MIRROR_NOT_FOUND;
    await closeMirror({ mirrorId: mirror.id });
    revalidatePath(`/mirrors/${token}`);
    if (mirror.clientId) revalidatePath(`/clients/${mirror.clientId}`);
    return { status: "idle", message: "mirrorOrganise.close.done" };
  },
});
