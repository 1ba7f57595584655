import { getTranslations } from "next-intl/server";
import { closeRoundAction } from "@/app/actions/rounds/close-round";
import { reopenRoundAction } from "@/app/actions/rounds/reopen-round";
import { RoundModeNotice } from "@/components/round-admin/round-mode-notice";
import { RoundProgressTable } from "@/components/round-admin/round-progress-table";
import { RoundStatusForm } from "@/components/round-admin/round-status-form";
import { Card } from "@/components/ui/card";
import { countMailStates, type MailStatus } from "@/lib/mail/mail-status";
import type { SourceProgress } from "@/lib/rounds/response-rate";
import type { RoundProgress } from "@/lib/scan-rules/round-progress";
import type { Round } from "@/lib/server/rounds/get-round";

/** The organiser's progress counts, and closing (or reopening) the round. */
export async function RoundProgressSection({
  round,
  token,
  progress,
  sources,
  personalLinks,
  mail,
}: {
  round: Round;
  token: string;
  progress: RoundProgress;
  sources: SourceProgress;
  personalLinks: boolean;
  mail: Map<string, MailStatus>;
}) {
  const t = await getTranslations("round");
  return (
    <Card as="section" aria-labelledby="progress" className="min-w-0 space-y-4">
      <h2 id="progress" className="text-lg font-semibold">
        {t("progress.title")}
      </h2>
      <RoundModeNotice
        sealed={round.sealed}
        expectedRespondents={round.expectedRespondents}
        personalLinks={personalLinks}
      />
      <RoundProgressTable
        progress={progress}
        sources={sources}
        minGroupSize={round.minGroupSize}
        mail={mail.size > 0 ? countMailStates(mail.values()) : undefined}
      />
      {round.closed ? (
        <div className="space-y-3 border-t border-stone-200 pt-4">
          <p>{t("organiser.closedText", { counted: round.respondentCount, unfinished: round.unfinishedCount })}</p>
          {round.aggregate?.shown ? (
            <p className="text-sm text-stone-600">{t("organiser.noReopen")}</p>
          ) : (
            <RoundStatusForm action={reopenRoundAction} token={token} mode="reopen" unfinished={0} />
          )}
        </div>
      ) : (
        <div className="space-y-3 border-t border-stone-200 pt-4">
          <p className="text-stone-700">{t("organiser.closeLead")}</p>
          <RoundStatusForm
            action={closeRoundAction}
            token={token}
            mode="close"
            unfinished={progress.total.started - progress.total.submitted}
          />
        </div>
      )}
    </Card>
  );
}
