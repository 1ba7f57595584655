"use server";

import { revalidatePath } from "next/cache";
import { inviteColleagueSchema } from "@/app/actions/team/invite-colleague.schema";
import type { AccountActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";
import { sendColleagueInviteMail } from "@/lib/server/workspaces/colleague-invite-mail";
import { colleagueInviteUrl, createInvitation } from "@/lib/server/workspaces/invitations";

const INVITE_REFUSALS = {
  "not-owner": "accounts.errors.notOwner",
  "own-address": "accounts.errors.ownAddress",
  "already-member": "accounts.errors.alreadyMember",
} as const;

/**
 * An owner invites a colleague: by mail when mail is on, else the answer carries the link to copy. The owner
 * check is createInvitation's (it answers "not-owner"), so the wrapper only asks for a consultant.
 */
export const inviteColleagueAction = defineFormAction<typeof inviteColleagueSchema, "consultant", AccountActionState>({
  access: "consultant",
  schema: inviteColleagueSchema,
  read: (formData) => ({ email: formData.get("email") ?? "", locale: formData.get("locale") }),
  refill: ["email", "locale"],
  handler: async (input, { caller, fields }): Promise<AccountActionState> => {
    const created = await createInvitation({
      workspaceId: caller.workspaceId,
      actor: { userId: caller.userId, email: caller.email },
      email: input.email,
      locale: input.locale,
    });
    if (!created.ok && created.error === "throttled") {
      const minutes = Math.ceil(created.retryAfterSeconds / 60);
      return { status: "error", message: "accounts.errors.inviteThrottled", values: { minutes }, fields };
    }
    if (!created.ok) {
      const message = INVITE_REFUSALS[created.error];
      return created.error === "not-owner"
        ? { status: "error", message, fields }
        : { status: "error", message: "errors.checkFields", fieldErrors: { email: message }, fields };
    }
    const { invitation } = created;
    const link = colleagueInviteUrl(await getRequestOrigin(), invitation.token, input.locale);
    const mailed = await sendColleagueInviteMail({
      to: invitation.email,
      locale: input.locale,
      inviterName: caller.name,
      workspaceName: invitation.workspaceName,
      url: link,
      expiresAt: invitation.expiresAt,
      workspaceId: caller.workspaceId,
      invitationId: invitation.id,
    }).catch((error: unknown) => {
      // Not verified yet, or the daily cap (lib/server/mail/mail-quota.ts): the invitation stands, its link is to copy.
      if (error instanceof MailRefusedError) return error.reason;
      throw error;
    });
    revalidatePath("/team");
    if (typeof mailed === "string") {
      return { status: "done", message: MAIL_REFUSAL_MESSAGE[mailed], values: { email: invitation.email }, link };
    }
    return {
      status: "done",
      message: mailed ? "accounts.team.invitationMailed" : "accounts.team.invitationCreated",
      values: { email: invitation.email },
      ...(mailed ? { mailed: true } : { link }),
    };
  },
});
