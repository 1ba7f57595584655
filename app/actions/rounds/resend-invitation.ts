"use server";

import { revalidatePath } from "next/cache";
import { ROUND_NOT_FOUND } from "@/app/actions/rounds/organiser-round";
import { resendInvitationSchema } from "@/app/actions/rounds/resend-invitation.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";
import { resendRoundInvitation } from "@/lib/server/rounds/round-mail";

/** The organiser resends one of the round's failed invitations (the organiser link is the capability). */
export const resendInvitationAction = defineFormAction({
  access: "public",
  schema: resendInvitationSchema,
  read: (formData) => ({ token: formData.get("token"), mailId: formData.get("mailId") }),
  invalid: () => ({ status: "error", message: "mail.resend.refused" }),
  handler: async ({ token, mailId }) => {
    const round = await getRoundByOrganiserToken(token);
    if (!round) return ROUND_NOT_FOUND;
    const done = await resendRoundInvitation({ scanId: round.id, mailId });
    if (!done) return { status: "error", message: "mail.resend.refused" };
    revalidatePath(`/rounds/${token}`);
    return { status: "idle", message: "mail.resend.done" };
  },
});
