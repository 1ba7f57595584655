import { getFormatter, getTranslations } from "next-intl/server";
import { resendScanInvitationAction } from "@/app/actions/clients/resend-scan-invitation";
import { sendScanReminderAction } from "@/app/actions/clients/send-scan-reminder";
import { MailButtonForm } from "@/components/mail/mail-button-form";
import { MailStateBadge } from "@/components/mail/mail-state-badge";
import type { MailStatus } from "@/lib/mail/mail-status";

export type MailedScan = { scanId: string; createdAt: Date; mail: MailStatus };

/** The client's self-scans whose invitation went by mail and that are not submitted yet: state, remind, resend. */
export async function ScanMailList({
  clientId,
  scans,
  mailOn,
}: {
  clientId: string;
  scans: readonly MailedScan[];
  mailOn: boolean;
}) {
  if (scans.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("mail.scan"), getFormatter()]);
  const tMail = await getTranslations("mail");
  return (
    <div className="space-y-2 border-t border-stone-200 pt-4">
      <h3 className="font-semibold">{t("listTitle")}</h3>
      <p className="text-sm text-stone-600">{t("listLead")}</p>
      <ul className="divide-y divide-stone-100">
        {scans.map(({ scanId, createdAt, mail }) => (
          <li key={scanId} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
            <span className="min-w-0 space-y-1">
              <span className="block font-medium break-all">{t("to", { to: mail.to ?? "" })}</span>
              <span className="block text-stone-600">{format.dateTime(createdAt, { dateStyle: "medium" })}</span>
              <MailStateBadge status={mail} />
            </span>
            {mailOn && (
              <span className="flex flex-wrap gap-2">
                {mail.invitation === "failed" ? (
                  <MailButtonForm
                    action={resendScanInvitationAction}
                    fields={{ clientId, scanId }}
                    label={tMail("resend.submit")}
                  />
                ) : mail.invitation === "sent" ? (
                  <MailButtonForm action={sendScanReminderAction} fields={{ clientId, scanId }} label={t("remind")} />
                ) : null}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
