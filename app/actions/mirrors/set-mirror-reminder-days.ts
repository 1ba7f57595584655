"use server";

import { revalidatePath } from "next/cache";
import { MIRROR_NOT_FOUND } from "@/app/actions/mirrors/mirror-organiser";
import { reminderDaysSchema } from "@/lib/schemas/mail";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getMirrorForOrganiser } from "@/lib/server/mirrors/get-mirror-for-organiser";
import { setMirrorReminderDays } from "@/lib/server/mirrors/send-mirror-reminders";

/** The organiser sets how many days before the closing date unused links are reminded automatically. */
export const setMirrorReminderDaysAction = defineFormAction({
  access: "public",
  schema: reminderDaysSchema,
  read: (formData) => ({ token: formData.get("token"), days: formData.get("days") ?? "" }),
  invalid: (error) =>
    error.issues.some((issue) => issue.path[0] === "token")
      ? MIRROR_NOT_FOUND
      : { status: "error", fieldErrors: { days: "errors.invalidValue" } },
  handler: async ({ token, days }) => {
    const mirror = await getMirrorForOrganiser(token);
    if (!mirror) return MIRROR_NOT_FOUND;
    if (mirror.closed) return { status: "error", message: "mirrorOrganise.errors.closed" };
    await setMirrorReminderDays({ mirrorId: mirror.id, days });
    revalidatePath(`/mirrors/${token}`);
    return { status: "idle", message: "mail.auto.saved" };
  },
});
