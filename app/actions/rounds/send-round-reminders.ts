"use server";

import { revalidatePath } from "next/cache";
import { getFormatter } from "next-intl/server";
import { ROUND_NOT_FOUND, readOrganiserToken } from "@/app/actions/rounds/organiser-round";
import { roundReminderSchema } from "@/app/actions/rounds/send-round-reminders.schema";
import type { ActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";
import { sendRoundReminders } from "@/lib/server/rounds/round-mail";

// The organiser page's mail buttons. The organiser link is the capability (as for closing the round): whoever
// holds it may remind its invitees and resend its failed invitations — never anyone else's.

const REMINDER_ERRORS = {
  "mail-off": "mail.errors.off",
  "not-found": "round.errors.notFound",
  closed: "mail.reminders.closed",
  ...MAIL_REFUSAL_MESSAGE,
} as const;

export const sendRoundRemindersAction = defineFormAction({
  access: "public",
  schema: roundReminderSchema,
  read: readOrganiserToken,
  invalid: () => ROUND_NOT_FOUND,
  handler: async ({ token }): Promise<ActionState> => {
    const round = await getRoundByOrganiserToken(token);
    if (!round) return ROUND_NOT_FOUND;
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
    revalidatePath(`/rounds/${token}`);
    return { status: "idle", message: "mail.reminders.sent", values: { count: result.sent } };
  },
});
