"use server";

import { revalidatePath } from "next/cache";
import { getFormatter } from "next-intl/server";
import { readScanMailIds } from "@/app/actions/clients/scan-mail-ids";
import { scanMailSchema } from "@/lib/schemas/mail";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { sendScanReminder } from "@/lib/server/clients/scan-mail";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";

export const sendScanReminderAction = defineFormAction({
  access: "consultant",
  schema: scanMailSchema,
  read: readScanMailIds,
  invalid: () => ({ status: "error", message: "mail.errors.notFound" }),
  handler: async (ids, { caller }) => {
    const result = await sendScanReminder({
      workspaceId: caller.workspaceId,
      ...ids,
      origin: await getRequestOrigin(),
      senderName: caller.name,
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
    revalidatePath(`/clients/${ids.clientId}`);
    return { status: "idle", message: result.sent > 0 ? "mail.scan.reminded" : "mail.scan.none" };
  },
});
