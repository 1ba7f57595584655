import "server-only";
import type { Locale } from "@/lib/questionnaire/schema";

// LOCAL ADAPTER until the mail foundation (branch `mail`) is merged: then these send through enqueueMail.

/** Whether outgoing mail is configured (SMTP_URL). */
export function accountMailEnabled(): boolean {
  return false;
}

/** The reset link to its owner, in their language. */
export async function sendResetMail(_mail: {
  to: string;
  name: string;
  url: string;
  locale: Locale;
  userId: string;
}): Promise<void> {}

/** The colleague invitation; false when mail is off (the owner copies the link instead). */
export async function sendColleagueInviteMail(_mail: {
  to: string;
  locale: Locale;
  inviterName: string;
  workspaceName: string;
  url: string;
  expiresAt: Date;
  workspaceId: string;
  invitationId: string;
}): Promise<boolean> {
  return false;
}
