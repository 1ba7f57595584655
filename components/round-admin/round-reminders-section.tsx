import { getTranslations } from "next-intl/server";
import { RoundReminders } from "@/components/round-admin/round-reminders";
import { Card } from "@/components/ui/card";
import type { Round } from "@/lib/server/rounds/get-round";

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
    <Card as="section" aria-labelledby="reminders" className="min-w-0 space-y-4">
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
    </Card>
  );
}
