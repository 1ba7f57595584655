import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientCards } from "@/components/clients/client-cards";
import { ClientTable } from "@/components/clients/client-table";
import { DashboardFilters } from "@/components/clients/dashboard-filters";
import { Pagination } from "@/components/clients/pagination";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { dashboardHref } from "@/lib/clients/format-dashboard-href";
import { localized } from "@/lib/i18n/localized";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { Locale } from "@/lib/questionnaire/schema";
import { clientListQuerySchema } from "@/lib/schemas/client";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { listClients } from "@/lib/server/clients/list-clients";
import { closeDueRounds } from "@/lib/server/rounds/close-round";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const primary = `${PRIMARY_BUTTON} inline-flex`;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceId } = await requireConsultant();
  // Rounds past their closing date close first, so the list shows their results.
  await closeDueRounds({ workspaceId });
  const query = clientListQuerySchema.parse(await searchParams);
  const [t, locale, list] = await Promise.all([
    getTranslations("dashboard"),
    getLocale() as Promise<Locale>,
    listClients({ workspaceId, query }),
  ]);
  if (list.total > 0 && query.page > list.pageCount) redirect(dashboardHref(query, { page: list.pageCount }));

  // Level and domain names come from the full questionnaire; the quick scan uses the same ids.
  const full = getLatestByKind("full");
  const levels = (full?.levels ?? []).map((l) => ({ id: l.id, name: localized(l.name, locale) }));
  const domains = (full?.domains ?? []).map((d) => ({ id: d.id, name: localized(d.name, locale) }));
  const filtered = Boolean(query.q || query.sector || query.level);
  // An empty, unfiltered list: either a brand-new workspace, or every client is archived.
  const firstRun =
    list.total === 0 && !filtered && query.archived === "0"
      ? (await listClients({ workspaceId, query: { ...query, archived: "1", page: 1 } })).total === 0
      : false;

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl space-y-2">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <p className="text-stone-700">{t("lead")}</p>
        </div>
        {!firstRun && (
          <Link href="/clients/new" className={primary}>
            <span aria-hidden="true">+&nbsp;</span>
            {t("newClient")}
          </Link>
        )}
      </div>

      {firstRun ? (
        <section
          aria-labelledby="empty-title"
          className="space-y-4 rounded-xl border border-stone-200 bg-white p-6 sm:p-8"
        >
          <h2 id="empty-title" className="text-xl font-semibold">
            {t("empty.title")}
          </h2>
          <p className="max-w-2xl text-stone-700">{t("empty.text")}</p>
          <Link href="/clients/new" className={primary}>
            {t("empty.action")}
          </Link>
        </section>
      ) : (
        <>
          <DashboardFilters query={query} levels={levels} />
          <section aria-labelledby="results-count" className="space-y-4">
            <h2 id="results-count" className="text-lg font-semibold" aria-live="polite">
              {t(query.archived === "1" ? "archivedCount" : "count", { total: list.total })}
            </h2>
            {list.total === 0 ? (
              <div className="space-y-2 rounded-xl border border-stone-200 bg-white p-6">
                <p className="text-stone-700">
                  {filtered ? t("noMatches") : query.archived === "1" ? t("noArchived") : t("allArchived")}
                </p>
                {filtered || query.archived === "1" ? (
                  <Link href="/dashboard" className="font-medium text-brand-800 underline underline-offset-2">
                    {t("showAll")}
                  </Link>
                ) : (
                  <Link
                    href="/dashboard?archived=1"
                    className="font-medium text-brand-800 underline underline-offset-2"
                  >
                    {t("showArchived")}
                  </Link>
                )}
              </div>
            ) : (
              <>
                <div className="hidden sm:block">
                  <ClientTable rows={list.rows} total={list.total} query={query} levels={levels} domains={domains} />
                </div>
                <div className="sm:hidden">
                  <ClientCards rows={list.rows} levels={levels} domains={domains} />
                </div>
                {list.pageCount > 1 && <Pagination query={query} pageCount={list.pageCount} />}
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
