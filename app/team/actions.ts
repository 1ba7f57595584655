"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { AccountActionState } from "@/app/account/action-state";
import { fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import {
  invitationIdSchema,
  invitationTokenSchema,
  inviteColleagueSchema,
  memberIdSchema,
} from "@/lib/schemas/accounts";
import { getSignedInUser, requireConsultant } from "@/lib/server/auth/current-consultant";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";
import { sendColleagueInviteMail } from "@/lib/server/workspaces/colleague-invite-mail";
import {
  acceptInvitation,
  colleagueInviteUrl,
  createInvitation,
  revokeInvitation,
} from "@/lib/server/workspaces/invitations";
import { removeMember } from "@/lib/server/workspaces/memberships";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";
import { workspaceCookieOptions } from "@/lib/workspaces/workspace-cookie";

const INVITE_REFUSALS = {
  "not-owner": "accounts.errors.notOwner",
  "own-address": "accounts.errors.ownAddress",
  "already-member": "accounts.errors.alreadyMember",
} as const;

/** An owner invites a colleague: by mail when mail is on, else the answer carries the link to copy. */
export async function inviteColleagueAction(
  _previous: AccountActionState,
  formData: FormData,
): Promise<AccountActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const consultant = await requireConsultant();
  const fields = submittedFields(formData, ["email", "locale"]);
  const parsed = inviteColleagueSchema.safeParse({
    email: formData.get("email") ?? "",
    locale: formData.get("locale"),
  });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  const created = await createInvitation({
    workspaceId: consultant.workspaceId,
    actor: { userId: consultant.userId, email: consultant.email },
    email: parsed.data.email,
    locale: parsed.data.locale,
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
  const link = colleagueInviteUrl(await getRequestOrigin(), invitation.token, parsed.data.locale);
  const mailed = await sendColleagueInviteMail({
    to: invitation.email,
    locale: parsed.data.locale,
    inviterName: consultant.name,
    workspaceName: invitation.workspaceName,
    url: link,
    expiresAt: invitation.expiresAt,
    workspaceId: consultant.workspaceId,
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
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const consultant = await requireConsultant();
  const parsed = invitationIdSchema.safeParse({ invitationId: formData.get("invitationId") });
  if (parsed.success) {
    await revokeInvitation({
      workspaceId: consultant.workspaceId,
      actorUserId: consultant.userId,
      invitationId: parsed.data.invitationId,
    });
  }
  redirect("/team");
}

/** An owner removes a colleague; their next request, on any app server, no longer reaches this workspace. */
export async function removeMemberAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const consultant = await requireConsultant();
  const parsed = memberIdSchema.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) redirect("/team");
  const removed = await removeMember({
    workspaceId: consultant.workspaceId,
    actor: { userId: consultant.userId, role: consultant.role },
    targetUserId: parsed.data.userId,
  });
  redirect(removed.ok ? "/team?removed=1" : `/team?refused=${removed.error}`);
}

/** A member leaves the workspace (the last owner cannot) and goes on in their own. */
export async function leaveWorkspaceAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const consultant = await requireConsultant();
  const left = await removeMember({
    workspaceId: consultant.workspaceId,
    actor: { userId: consultant.userId, role: consultant.role },
    targetUserId: consultant.userId,
  });
  if (!left.ok) redirect(`/team?refused=${left.error}`);
  (await cookies()).delete(WORKSPACE_COOKIE);
  redirect("/dashboard?left=1");
}

/** The signed-in user joins through the link; the invitation page explains any refusal. */
export async function acceptInvitationAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const parsed = invitationTokenSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) redirect("/dashboard");
  const user = await getSignedInUser();
  if (!user) redirect(`/sign-in?invitation=${parsed.data.token}`);
  const accepted = await acceptInvitation({ token: parsed.data.token, user });
  if (!accepted.ok) redirect(`/colleague-invite/${parsed.data.token}?refused=${accepted.error}`);
  (await cookies()).set(WORKSPACE_COOKIE, accepted.workspaceId, workspaceCookieOptions());
  redirect("/dashboard?joined=1");
}
