import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionEdit } from "@/components/targets/action-edit";
import { ActionHistory } from "@/components/targets/action-history";
import { ActionStatusButtons } from "@/components/targets/action-status-buttons";
import { OverdueBadge, StatusBadge } from "@/components/targets/status-badge";
import { createToken } from "@/lib/security/tokens";
import type { ClientAction } from "@/lib/server/targets/list-actions";
import { dayOf, isActionStatus } from "@/lib/targets/action-status";

/** The client's actions (as filtered), each with its facts, history and editing; overdue ones stand out. */
export async function ActionListSection({
  actions,
  filtered,
  domainName,
}: {
  actions: ClientAction[];
  filtered: boolean;
  domainName: (action: ClientAction) => string;
}) {
  const [t, ta, format] = await Promise.all([
    getTranslations("loop.list"),
    getTranslations("loop.actions"),
    getFormatter(),
  ]);
  const overdue = actions.filter((a) => a.overdue).length;
  return (
    <section aria-labelledby="action-list" className="space-y-3">
      <h2 id="action-list" className="text-lg font-semibold" aria-live="polite">
        {t("count", { count: actions.length })}
        {actions.length > 0 && (
          <span className="font-normal text-stone-700"> · {t("overdueCount", { count: overdue })}</span>
        )}
      </h2>
      {actions.length === 0 ? (
        <p className="text-stone-700">{filtered ? t("none") : t("noneAtAll")}</p>
      ) : (
        <ul className="space-y-4" data-testid="client-actions">
          {actions.map((action) => {
            const scanDate =
              action.scan.submittedAt &&
              format.dateTime(action.scan.submittedAt, { dateStyle: "long", timeZone: "Europe/Amsterdam" });
            return (
              <li
                key={action.id}
                data-status={action.status}
                data-overdue={action.overdue ? "1" : undefined}
                className={`print-avoid-break space-y-3 rounded-xl border bg-white p-4 ${action.overdue ? "border-2 border-l-8 border-red-700" : "border-stone-200"}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{domainName(action)}</p>
                    <h3 className="font-semibold break-words">{action.title}</h3>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <StatusBadge status={action.status} />
                    {action.overdue && <OverdueBadge />}
                  </div>
                </div>
                {isActionStatus(action.status) && (
                  <ActionStatusButtons
                    actionId={action.id}
                    title={action.title}
                    status={action.status}
                    submitKey={createToken()}
                  />
                )}
                <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm text-stone-700">
                  <dt className="font-medium text-stone-800">{ta("owner")}</dt>
                  <dd>{action.owner || <span className="text-stone-500">{ta("noOwner")}</span>}</dd>
                  <dt className="font-medium text-stone-800">{ta("dueLabel")}</dt>
                  <dd>
                    {action.dueDate
                      ? format.dateTime(action.dueDate, { dateStyle: "long", timeZone: "UTC" })
                      : ta("noDue")}
                  </dd>
                  <dt className="font-medium text-stone-800">{ta("source")}</dt>
                  <dd>{action.recommendationId ? ta("fromPlan") : ta("ownAction")}</dd>
                  {action.notes && (
                    <>
                      <dt className="font-medium text-stone-800">{ta("notesLabel")}</dt>
                      <dd className="whitespace-pre-line break-words">{action.notes}</dd>
                    </>
                  )}
                </dl>
                <p className="text-sm text-stone-600">
                  {scanDate && t("agreedOn", { date: scanDate })}
                  {" · "}
                  {/* Named by its scan: every action links to results, and several scans' links share a page. */}
                  <Link
                    href={`/results/${action.scan.resultsToken}`}
                    className="font-medium text-brand-800 underline underline-offset-2"
                  >
                    {scanDate ? t("viewScanOf", { date: scanDate }) : t("viewScan")}
                  </Link>
                </p>
                <ActionHistory events={action.events} />
                <ActionEdit
                  actionId={action.id}
                  title={action.title}
                  values={{
                    title: action.title,
                    owner: action.owner,
                    dueDate: action.dueDate ? dayOf(action.dueDate) : "",
                    status: action.status,
                    notes: action.notes,
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
