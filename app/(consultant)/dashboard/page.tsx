import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientListSection } from "@/components/clients/client-list-section";
import { DashboardAgendaSection } from "@/components/clients/dashboard-agenda-section";
import { DashboardEmptySection } from "@/components/clients/dashboard-empty-section";
import { DashboardFilters } from "@/components/clients/dashboard-filters";
import { DashboardNoticeSection } from "@/components/clients/dashboard-notice-section";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { dashboardHref } from "@/lib/clients/format-dashboard-href";
import { localized } from "@/lib/i18n/localized";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { loadDashboardPage } from "@/lib/server/pages/load-dashboard-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const data = await loadDashboardPage({ searchParams: await searchParams });
  const { query, list, filtered, firstRun } = data;
  if (list.total > 0 && query.page > list.pageCount) redirect(dashboardHref(query, { page: list.pageCount }));
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  // Level and domain names come from the full questionnaire; the quick scan uses the same ids.
  const full = getLatestByKind("full");
  const levels = (full?.levels ?? []).map((l) => ({ id: l.id, name: localized(l.name, locale) }));
  const domains = (full?.domains ?? []).map((d) => ({ id: d.id, name: localized(d.name, locale) }));
  return (
    <>
      <DashboardNoticeSection notice={data.notice} workspaceName={data.workspaceName} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl space-y-2">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <p className="text-stone-700">{t("lead")}</p>
        </div>
        {!firstRun && (
          <Link href="/clients/new" className={`${PRIMARY_BUTTON} inline-flex`}>
            <span aria-hidden="true">+&nbsp;</span>
            {t("newClient")}
          </Link>
        )}
      </div>
      {firstRun ? (
        <DashboardEmptySection />
      ) : (
        <>
          <DashboardAgendaSection agenda={data.agenda} />
          <DashboardFilters query={query} levels={levels} />
          <ClientListSection query={query} list={list} filtered={filtered} levels={levels} domains={domains} />
        </>
      )}
    </>
  );
}
