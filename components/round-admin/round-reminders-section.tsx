import { getTranslations } from "next-intl/server";
import { RoundReminders } from "@/components/round-admin/round-reminders";
import type { Round } from "@/lib/server/rounds/get-round";

const card = "min-w-0 space-y-4 rounded-xl border border-stone-200 bg-white p-5";

/** Reminders to personal links that have not submitted yet, while the round is open. */
export async function RoundRemindersSection({
  round,
  token,
  mailOn,
}: {
  round: Round;
  token: string;
  mailOn: boolean;
}) {
  const tMail = await getTranslations("mail");
  return (
    <section aria-labelledby="reminders" className={card}>
      <h2 id="reminders" className="text-lg font-semibold">
        {tMail("reminders.title")}
      </h2>
      <RoundReminders
        token={token}
        mailOn={mailOn}
        closesAt={round.closesAt}
        reminderDaysBefore={round.reminderDaysBefore}
        autoReminderSentAt={round.autoReminderSentAt}
        lastReminderAt={round.lastReminderAt}
      />
    </section>
  );
}
