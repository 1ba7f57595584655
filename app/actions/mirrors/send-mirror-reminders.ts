"use server";

import { revalidatePath } from "next/cache";
import { getFormatter } from "next-intl/server";
import { MIRROR_NOT_FOUND, readMirrorToken } from "@/app/actions/mirrors/mirror-organiser";
import { mirrorTokenSchema } from "@/app/actions/mirrors/mirror-token.schema";
import type { ActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";
import { getMirrorForOrganiser } from "@/lib/server/mirrors/get-mirror-for-organiser";
import { sendMirrorReminders } from "@/lib/server/mirrors/send-mirror-reminders";

const REMINDER_ERRORS = {
  "mail-off": "mail.errors.off",
  "not-found": "mirrorOrganise.errors.notFound",
  closed: "mirrorOrganise.errors.closed",
  ...MAIL_REFUSAL_MESSAGE,
} as const;

/** The organiser reminds every personal link not used yet (at most once an hour). */
export const sendMirrorRemindersAction = defineFormAction({
  access: "public",
  schema: mirrorTokenSchema,
  read: readMirrorToken,
  invalid: () => MIRROR_NOT_FOUND,
  handler: async ({ token }): Promise<ActionState> => {
    const mirror = await getMirrorForOrganiser(token);
    if (!mirror) return MIRROR_NOT_FOUND;
    const result = await sendMirrorReminders({
      mirrorId: mirror.id,
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
    revalidatePath(`/mirrors/${token}`);
    return { status: "idle", message: "mail.reminders.sent", values: { count: result.sent } };
  },
});
