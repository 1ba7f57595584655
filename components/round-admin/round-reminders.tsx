import { getFormatter, getTranslations } from "next-intl/server";
import { sendRoundRemindersAction } from "@/app/actions/rounds/send-round-reminders";
import { setReminderDaysAction } from "@/app/actions/rounds/set-reminder-days";
import { MailButtonForm } from "@/components/mail/mail-button-form";
import { MailOffNotice } from "@/components/mail/mail-off-notice";
import { ReminderDaysForm } from "@/components/round-admin/reminder-days-form";

/** The organiser's reminders: one button for everyone who has not submitted, and the automatic reminder. */
export async function RoundReminders({
  token,
  mailOn,
  closesAt,
  reminderDaysBefore,
  autoReminderSentAt,
  lastReminderAt,
}: {
  token: string;
  mailOn: boolean;
  closesAt: Date | null;
  reminderDaysBefore: number | null;
  autoReminderSentAt: Date | null;
  lastReminderAt: Date | null;
}) {
  const [t, format] = await Promise.all([getTranslations("mail"), getFormatter()]);
  if (!mailOn) return <MailOffNotice text={t("off.reminders")} />;
  return (
    <div className="space-y-4">
      <p className="text-stone-700">{t("reminders.lead")}</p>
      <MailButtonForm
        action={sendRoundRemindersAction}
        fields={{ token }}
        label={t("reminders.submit")}
        pendingLabel={t("reminders.sending")}
        primary
      />
      {lastReminderAt && (
        <p className="text-sm text-stone-600">
          {t("reminders.last", { date: format.dateTime(lastReminderAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      )}
      {closesAt ? (
        autoReminderSentAt ? (
          <p className="text-sm text-stone-600">
            {t("auto.sentOn", { date: format.dateTime(autoReminderSentAt, { dateStyle: "medium" }) })}
          </p>
        ) : (
          <ReminderDaysForm action={setReminderDaysAction} token={token} days={reminderDaysBefore} />
        )
      ) : (
        <p className="text-sm text-stone-600">{t("auto.needsDate")}</p>
      )}
    </div>
  );
}
