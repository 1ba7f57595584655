"use server";

import { revalidatePath } from "next/cache";
import { getFormatter } from "next-intl/server";
import { type ActionState, NOT_A_FORM } from "@/lib/forms/action-state";
import { scanMailSchema } from "@/lib/schemas/mail";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { resendScanInvitation, sendScanReminder } from "@/lib/server/clients/scan-mail";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";

// The client page's mail buttons for a self-scan; only the consultant's own workspace's scans.

function readIds(formData: FormData) {
  return scanMailSchema.safeParse({ clientId: formData.get("clientId"), scanId: formData.get("scanId") });
}

export async function sendScanReminderAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const consultant = await requireConsultant();
  const parsed = readIds(formData);
  if (!parsed.success) return { status: "error", message: "mail.errors.notFound" };
  const result = await sendScanReminder({
    workspaceId: consultant.workspaceId,
    ...parsed.data,
    origin: await getRequestOrigin(),
    senderName: consultant.name,
  }).catch((error: unknown) => {
    if (error instanceof MailRefusedError) return { ok: false as const, error: error.reason };
    throw error;
  });
  if (!result.ok && (result.error === "unverified" || result.error === "daily-limit")) {
    return { status: "error", message: MAIL_REFUSAL_MESSAGE[result.error] };
  }
  if (!result.ok) {
    if (result.error === "too-soon") {
      const format = await getFormatter();
      const time = result.nextAt ? format.dateTime(result.nextAt, { timeStyle: "short" }) : "";
      return { status: "error", message: "mail.reminders.tooSoon", values: { time } };
    }
    return { status: "error", message: result.error === "mail-off" ? "mail.errors.off" : "mail.errors.notFound" };
  }
  revalidatePath(`/clients/${parsed.data.clientId}`);
  return { status: "idle", message: result.sent > 0 ? "mail.scan.reminded" : "mail.scan.none" };
}

export async function resendScanInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const consultant = await requireConsultant();
  const parsed = readIds(formData);
  if (!parsed.success) return { status: "error", message: "mail.errors.notFound" };
  const done = await resendScanInvitation({ workspaceId: consultant.workspaceId, ...parsed.data });
  if (!done) return { status: "error", message: "mail.resend.refused" };
  revalidatePath(`/clients/${parsed.data.clientId}`);
  return { status: "idle", message: "mail.resend.done" };
}
