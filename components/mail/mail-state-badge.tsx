import { getFormatter, getTranslations } from "next-intl/server";
import type { MailStatus } from "@/lib/mail/mail-status";

const STYLE = {
  none: "bg-stone-100 text-stone-800",
  queued: "bg-sky-100 text-sky-900",
  sent: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
} as const;

/** Sent (when), being sent, or not delivered with the reason; and how many reminders went out. */
export async function MailStateBadge({ status }: { status: MailStatus | undefined }) {
  const [t, format] = await Promise.all([getTranslations("mail.state"), getFormatter()]);
  const state = status?.invitation ?? "none";
  const label =
    state === "sent" && status?.sentAt
      ? t("sent", { date: format.dateTime(status.sentAt, { dateStyle: "medium" }) })
      : state === "sent"
        ? t("sent", { date: "" })
        : t(state);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLE[state]}`}>
        {label}
      </span>
      {state === "failed" && status?.lastError && (
        <span className="text-xs break-words text-red-800">{t("reason", { reason: status.lastError })}</span>
      )}
      {status && status.reminders > 0 && (
        <span className="text-xs text-stone-600">{t("reminders", { count: status.reminders })}</span>
      )}
    </span>
  );
}
