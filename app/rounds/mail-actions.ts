"use server";

import { revalidatePath } from "next/cache";
import { getFormatter } from "next-intl/server";
import { type ActionState, NOT_A_FORM } from "@/lib/forms/action-state";
import { reminderDaysSchema, resendInvitationSchema, roundReminderSchema } from "@/lib/schemas/mail";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";
import { resendRoundInvitation, sendRoundReminders, setRoundReminderDays } from "@/lib/server/rounds/round-mail";

// The organiser page's mail buttons. The organiser link is the capability (as for closing the round): whoever
// holds it may remind its invitees and resend its failed invitations — never anyone else's.

const REMINDER_ERRORS = {
  "mail-off": "mail.errors.off",
  "not-found": "round.errors.notFound",
  closed: "mail.reminders.closed",
  ...MAIL_REFUSAL_MESSAGE,
} as const;

export async function sendRoundRemindersAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = roundReminderSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", message: "round.errors.notFound" };
  const round = await getRoundByOrganiserToken(parsed.data.token);
  if (!round) return { status: "error", message: "round.errors.notFound" };
  const result = await sendRoundReminders({
    scanId: round.id,
    origin: await getRequestOrigin(),
    senderName: (await getConsultant())?.name ?? null,
  }).catch((error: unknown) => {
    if (error instanceof MailRefusedError) return { ok: false as const, error: error.reason };
    throw error;
  });
  if (!result.ok) {
    if (result.error === "too-soon") {
      const format = await getFormatter();
      const time = result.nextAt ? format.dateTime(result.nextAt, { timeStyle: "short" }) : "";
      return { status: "error", message: "mail.reminders.tooSoon", values: { time } };
    }
    return { status: "error", message: REMINDER_ERRORS[result.error] };
  }
  revalidatePath(`/rounds/${parsed.data.token}`);
  return { status: "idle", message: "mail.reminders.sent", values: { count: result.sent } };
}

export async function resendInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = resendInvitationSchema.safeParse({ token: formData.get("token"), mailId: formData.get("mailId") });
  if (!parsed.success) return { status: "error", message: "mail.resend.refused" };
  const round = await getRoundByOrganiserToken(parsed.data.token);
  if (!round) return { status: "error", message: "round.errors.notFound" };
  const done = await resendRoundInvitation({ scanId: round.id, mailId: parsed.data.mailId });
  if (!done) return { status: "error", message: "mail.resend.refused" };
  revalidatePath(`/rounds/${parsed.data.token}`);
  return { status: "idle", message: "mail.resend.done" };
}

export async function setReminderDaysAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = reminderDaysSchema.safeParse({ token: formData.get("token"), days: formData.get("days") ?? "" });
  if (!parsed.success) {
    const tokenBad = parsed.error.issues.some((issue) => issue.path[0] === "token");
    return tokenBad
      ? { status: "error", message: "round.errors.notFound" }
      : { status: "error", fieldErrors: { days: "errors.invalidValue" } };
  }
  const round = await getRoundByOrganiserToken(parsed.data.token);
  if (!round) return { status: "error", message: "round.errors.notFound" };
  if (round.closed) return { status: "error", message: "mail.reminders.closed" };
  await setRoundReminderDays({ scanId: round.id, days: parsed.data.days });
  revalidatePath(`/rounds/${parsed.data.token}`);
  return { status: "idle", message: "mail.auto.saved" };
}
