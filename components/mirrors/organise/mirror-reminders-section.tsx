import { getFormatter, getTranslations } from "next-intl/server";
import { sendMirrorRemindersAction } from "@/app/actions/mirrors/send-mirror-reminders";
import { setMirrorReminderDaysAction } from "@/app/actions/mirrors/set-mirror-reminder-days";
import { MailButtonForm } from "@/components/mail/mail-button-form";
import { MailOffNotice } from "@/components/mail/mail-off-notice";
import { ReminderDaysForm } from "@/components/round-admin/reminder-days-form";
import { Card } from "@/components/ui/card";
import type { OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";

/** Reminders to personal links not used yet: by hand (at most once an hour) and automatically before closing. */
export async function MirrorRemindersSection({
  mirror,
  token,
  mailOn,
}: {
  mirror: OrganiserMirror;
  token: string;
  mailOn: boolean;
}) {
  const [t, tMail, format] = await Promise.all([
    getTranslations("mirrorOrganise.reminders"),
    getTranslations("mail"),
    getFormatter(),
  ]);
  return (
    <Card as="section" aria-labelledby="reminders" className="min-w-0 space-y-4">
      <h2 id="reminders" className="text-lg font-semibold">
        {tMail("reminders.title")}
      </h2>
      {mailOn ? (
        <>
          <p className="text-stone-700">{t("lead")}</p>
          <MailButtonForm
            action={sendMirrorRemindersAction}
            fields={{ token }}
            label={tMail("reminders.submit")}
            pendingLabel={tMail("reminders.sending")}
            primary
          />
          {mirror.lastReminderAt && (
            <p className="text-sm text-stone-600">
              {tMail("reminders.last", {
                date: format.dateTime(mirror.lastReminderAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
          )}
          {!mirror.closesAt ? (
            <p className="text-sm text-stone-600">{t("needsDate")}</p>
          ) : mirror.autoReminderSentAt ? (
            <p className="text-sm text-stone-600">
              {tMail("auto.sentOn", { date: format.dateTime(mirror.autoReminderSentAt, { dateStyle: "medium" }) })}
            </p>
          ) : (
            <ReminderDaysForm action={setMirrorReminderDaysAction} token={token} days={mirror.reminderDaysBefore} />
          )}
        </>
      ) : (
        <MailOffNotice text={tMail("off.reminders")} />
      )}
    </Card>
  );
}
