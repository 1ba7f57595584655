import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientCards } from "@/components/clients/client-cards";
import { ClientTable } from "@/components/clients/client-table";
import { Pagination } from "@/components/clients/pagination";
import { Card } from "@/components/ui/card";
import type { ClientListQuery } from "@/lib/schemas/client";
import type { DashboardPageData } from "@/lib/server/pages/load-dashboard-page";

type Named = Array<{ id: string; name: string }>;

/** The clients found (a table on wide screens, cards on a phone) with paging; or why none show. */
export async function ClientListSection({
  query,
  list,
  filtered,
  levels,
  domains,
}: {
  query: ClientListQuery;
  list: DashboardPageData["list"];
  filtered: boolean;
  levels: Named;
  domains: Named;
}) {
  const t = await getTranslations("dashboard");
  return (
    <section aria-labelledby="results-count" className="space-y-4">
      <h2 id="results-count" className="text-lg font-semibold" aria-live="polite">
        {t(query.archived === "1" ? "archivedCount" : "count", { total: list.total })}
      </h2>
      {list.total === 0 ? (
        <Card padding="lg" className="space-y-2">
          <p className="text-stone-700">
            {filtered ? t("noMatches") : query.archived === "1" ? t("noArchived") : t("allArchived")}
          </p>
          {filtered || query.archived === "1" ? (
            <Link href="/dashboard" className="font-medium text-brand-800 underline underline-offset-2">
              {t("showAll")}
            </Link>
          ) : (
            <Link href="/dashboard?archived=1" className="font-medium text-brand-800 underline underline-offset-2">
              {t("showArchived")}
            </Link>
          )}
        </Card>
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
  );
}
