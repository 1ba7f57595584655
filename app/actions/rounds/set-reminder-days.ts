"use server";

import { revalidatePath } from "next/cache";
import { ROUND_NOT_FOUND } from "@/app/actions/rounds/organiser-round";
import { reminderDaysSchema } from "@/lib/schemas/mail";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";
import { setRoundReminderDays } from "@/lib/server/rounds/round-mail";

/** The organiser sets after how many days invitees are reminded automatically. */
export const setReminderDaysAction = defineFormAction({
  access: "public",
  schema: reminderDaysSchema,
  read: (formData) => ({ token: formData.get("token"), days: formData.get("days") ?? "" }),
  invalid: (error) =>
    error.issues.some((issue) => issue.path[0] === "token")
      ? ROUND_NOT_FOUND
      : { status: "error", fieldErrors: { days: "errors.invalidValue" } },
  handler: async ({ token, days }) => {
    const round = await getRoundByOrganiserToken(token);
    if (!round) return ROUND_NOT_FOUND;
    if (round.closed) return { status: "error", message: "mail.reminders.closed" };
    await setRoundReminderDays({ scanId: round.id, days });
    revalidatePath(`/rounds/${token}`);
    return { status: "idle", message: "mail.auto.saved" };
  },
});
