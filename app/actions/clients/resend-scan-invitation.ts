"use server";

import { revalidatePath } from "next/cache";
import { readScanMailIds } from "@/app/actions/clients/scan-mail-ids";
import { scanMailSchema } from "@/lib/schemas/mail";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { resendScanInvitation } from "@/lib/server/clients/scan-mail";

export const resendScanInvitationAction = defineFormAction({
  access: "consultant",
  schema: scanMailSchema,
  read: readScanMailIds,
  invalid: () => ({ status: "error", message: "mail.errors.notFound" }),
  handler: async (ids, { caller }) => {
    const done = await resendScanInvitation({ workspaceId: caller.workspaceId, ...ids });
    if (!done) return { status: "error", message: "mail.resend.refused" };
    revalidatePath(`/clients/${ids.clientId}`);
    return { status: "idle", message: "mail.resend.done" };
  },
});
