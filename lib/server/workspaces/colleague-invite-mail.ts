import "server-only";
import { colleagueInviteMail } from "@/lib/mail/templates/colleague-invite";
import type { Locale } from "@/lib/questionnaire/schema";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { INVITATION_REF } from "@/lib/server/workspaces/invitations";

/** The colleague invitation; false when mail is off (the owner copies the link instead). */
export async function sendColleagueInviteMail(mail: {
  to: string;
  locale: Locale;
  inviterName: string;
  workspaceName: string;
  url: string;
  expiresAt: Date;
  workspaceId: string;
  invitationId: string;
}): Promise<boolean> {
  const content = colleagueInviteMail({
    locale: mail.locale,
    inviterName: mail.inviterName,
    workspaceName: mail.workspaceName,
    link: mail.url,
    expiresAt: mail.expiresAt,
    email: mail.to,
  });
  const queued = await enqueueMail({
    to: mail.to,
    locale: mail.locale,
    kind: "colleague-invitation",
    refType: INVITATION_REF,
    refId: mail.invitationId,
    workspaceId: mail.workspaceId,
    ...content,
  });
  return queued !== null;
}
