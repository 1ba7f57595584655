import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/clients/breadcrumbs";
import { ActionEdit } from "@/components/targets/action-edit";
import { ActionHistory } from "@/components/targets/action-history";
import { OverdueBadge, StatusBadge } from "@/components/targets/status-badge";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { localDate } from "@/lib/exports/export-file-name";
import { firstParam } from "@/lib/history/select-pair";
import { localized } from "@/lib/i18n/localized";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Locale } from "@/lib/questionnaire/schema";
import { actionListQuerySchema } from "@/lib/schemas/targets";
import { loadClient } from "@/lib/server/clients/load-client";
import { listActionDomains, listClientActions } from "@/lib/server/targets/list-actions";
import { ACTION_STATUSES, dayOf } from "@/lib/targets/action-status";

type Props = {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await loadClient(await params);
  if (!found) notFound();
  const { client } = found;
  const t = await getTranslations("loop.list");
  return { title: t("metaTitle", { client: client.name }), robots: { index: false, follow: false } };
}

const control =
  "mt-1 block h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600";

export default async function ClientActionsPage({ params, searchParams }: Props) {
  const [{ clientId }, raw] = await Promise.all([params, searchParams]);
  const found = await loadClient({ clientId });
  if (!found) notFound();
  const { client, workspaceId } = found;
  const query = actionListQuerySchema.parse({ status: firstParam(raw.status), domain: firstParam(raw.domain) });
  const today = localDate(new Date());
  const [t, ta, locale, format, listed, domainRows] = await Promise.all([
    getTranslations("loop.list"),
    getTranslations("loop.actions"),
    getLocale() as Promise<Locale>,
    getFormatter(),
    listClientActions({ workspaceId, clientId: client.id, query, today }),
    listActionDomains({ workspaceId, clientId: client.id }),
  ]);
  if (!listed) notFound();
  const domainName = (id: string, questionnaireId: string, version: number) => {
    const d = getQuestionnaire(questionnaireId, version)?.domains.find((x) => x.id === id);
    return d ? localized(d.name, locale) : id;
  };
  const domains = [
    ...new Map(domainRows.map((d) => [d.domainId, domainName(d.domainId, d.questionnaireId, d.questionnaireVersion)])),
  ].sort((a, b) => a[1].localeCompare(b[1], locale));
  const filtered = Boolean(query.status || query.domain);
  const overdue = listed.actions.filter((a) => a.overdue).length;
  const base = `/clients/${client.id}/actions`;

  return (
    <>
      <Breadcrumbs items={[{ label: client.name, href: `/clients/${client.id}` }, { label: t("title") }]} />
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{client.name}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-stone-700">{t("lead", { client: client.name })}</p>
      </header>

      <search
        aria-labelledby="action-filters"
        className="no-print block rounded-xl border border-stone-200 bg-white p-4"
      >
        <form method="get" action={base} className="space-y-4">
          <h2 id="action-filters" className="sr-only">
            {t("filters")}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="filter-status" className="text-sm font-medium">
                {t("status")}
              </label>
              <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={control}>
                <option value="">{t("all")}</option>
                <option value="open">{t("open")}</option>
                <option value="overdue">{t("overdueFilter")}</option>
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {ta(`status.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-domain" className="text-sm font-medium">
                {t("domain")}
              </label>
              <select id="filter-domain" name="domain" defaultValue={query.domain ?? ""} className={control}>
                <option value="">{t("all")}</option>
                {domains.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" className={PRIMARY_BUTTON}>
              {t("apply")}
            </button>
            {filtered && (
              <Link href={base} className="font-medium text-brand-800 underline underline-offset-2">
                {t("reset")}
              </Link>
            )}
          </div>
        </form>
      </search>

      <section aria-labelledby="action-list" className="space-y-3">
        <h2 id="action-list" className="text-lg font-semibold" aria-live="polite">
          {t("count", { count: listed.actions.length })}
          {listed.actions.length > 0 && (
            <span className="font-normal text-stone-700"> · {t("overdueCount", { count: overdue })}</span>
          )}
        </h2>
        {listed.actions.length === 0 ? (
          <p className="text-stone-700">{filtered ? t("none") : t("noneAtAll")}</p>
        ) : (
          <ul className="space-y-4" data-testid="client-actions">
            {listed.actions.map((action) => (
              <li
                key={action.id}
                data-status={action.status}
                data-overdue={action.overdue ? "1" : undefined}
                className={`print-avoid-break space-y-3 rounded-xl border bg-white p-4 ${action.overdue ? "border-2 border-l-8 border-red-700" : "border-stone-200"}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                      {domainName(action.domainId, action.questionnaireId, action.questionnaireVersion)}
                    </p>
                    <h3 className="font-semibold break-words">{action.title}</h3>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <StatusBadge status={action.status} />
                    {action.overdue && <OverdueBadge />}
                  </div>
                </div>
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
                  {action.scan.submittedAt &&
                    t("agreedOn", { date: format.dateTime(action.scan.submittedAt, { dateStyle: "long" }) })}
                  {" · "}
                  <Link
                    href={`/results/${action.scan.resultsToken}`}
                    className="font-medium text-brand-800 underline underline-offset-2"
                  >
                    {t("viewScan")}
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
            ))}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="action-export"
        className="no-print space-y-3 rounded-xl border border-stone-200 bg-white p-5"
      >
        <h2 id="action-export" className="text-lg font-semibold">
          {t("exportTitle")}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {(["csv", "json"] as const).map((f) => (
            <li key={f}>
              <a
                href={`/api/clients/${client.id}/actions?format=${f}`}
                download
                className="flex items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-medium text-brand-800 hover:bg-stone-50"
              >
                <span aria-hidden="true">↓</span>
                {t(f)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
