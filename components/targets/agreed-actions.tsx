import { getFormatter, getTranslations } from "next-intl/server";
import { ActionStatusButtons } from "@/components/targets/action-status-buttons";
import { OverdueBadge, StatusBadge } from "@/components/targets/status-badge";
import { createToken } from "@/lib/security/tokens";
import type { LoopActionView } from "@/lib/server/targets/get-loop";
import { isActionStatus, isOverdue } from "@/lib/targets/action-status";

/**
 * The actions agreed on one scan, as a list that reads well on a phone and on paper (the results page and its
 * A4 print). Whoever may change them gets one-click status buttons (not in print); editing happens on the
 * client's action list.
 */
export async function AgreedActionsList({
  actions,
  domainName,
  today,
  statusControl,
}: {
  actions: readonly LoopActionView[];
  domainName: (id: string) => string;
  today: string;
  /** For those who may change the actions: the status buttons, with the organiser link when that is the right. */
  statusControl?: { organiserToken?: string };
}) {
  const [t, format] = await Promise.all([getTranslations("loop.actions"), getFormatter()]);
  if (actions.length === 0) return <p className="text-stone-600">{t("none")}</p>;
  return (
    <ul aria-label={t("caption")} className="space-y-3" data-testid="agreed-actions">
      {actions.map((action) => {
        const overdue = isOverdue(action, today);
        return (
          <li
            key={action.id}
            className={`print-avoid-break rounded-xl border bg-white p-4 ${overdue ? "border-l-4 border-red-700" : "border-stone-200"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                  {domainName(action.domainId)}
                </p>
                <h3 className="font-semibold break-words">{action.title}</h3>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={action.status} />
                {overdue && <OverdueBadge />}
              </div>
            </div>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm text-stone-700">
              <dt className="font-medium text-stone-800">{t("owner")}</dt>
              <dd>{action.owner || <span className="text-stone-500">{t("noOwner")}</span>}</dd>
              <dt className="font-medium text-stone-800">{t("dueLabel")}</dt>
              <dd>
                {action.dueDate ? (
                  format.dateTime(action.dueDate, { dateStyle: "long", timeZone: "UTC" })
                ) : (
                  <span className="text-stone-500">{t("noDue")}</span>
                )}
              </dd>
              <dt className="font-medium text-stone-800">{t("source")}</dt>
              <dd>{action.recommendationId ? t("fromPlan") : t("ownAction")}</dd>
              {action.notes && (
                <>
                  <dt className="font-medium text-stone-800">{t("notesLabel")}</dt>
                  <dd className="whitespace-pre-line break-words">{action.notes}</dd>
                </>
              )}
            </dl>
            {statusControl && isActionStatus(action.status) && (
              <div className="mt-3">
                <ActionStatusButtons
                  actionId={action.id}
                  title={action.title}
                  status={action.status}
                  submitKey={createToken()}
                  organiserToken={statusControl.organiserToken}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
