import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dashboardHref } from "@/lib/clients/format-dashboard-href";
import type { ClientListQuery } from "@/lib/schemas/client";

const link = "rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-stone-50";
const disabled = "rounded-lg border border-stone-200 px-4 py-2 font-medium text-stone-400";

/** Previous/next keep the search, filters and sort of the current view. */
export async function Pagination({ query, pageCount }: { query: ClientListQuery; pageCount: number }) {
  const t = await getTranslations("dashboard.pagination");
  const page = Math.min(query.page, pageCount);
  return (
    <nav aria-label={t("label")} className="no-print flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={dashboardHref(query, { page: page - 1 })} rel="prev" className={link}>
          <span aria-hidden="true">← </span>
          {t("previous")}
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <span aria-hidden="true">← </span>
          {t("previous")}
        </span>
      )}
      <p className="order-first w-full text-center text-sm text-stone-700 sm:order-none sm:w-auto">
        {t("pageOf", { page, pages: pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={dashboardHref(query, { page: page + 1 })} rel="next" className={link}>
          {t("next")}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          {t("next")}
          <span aria-hidden="true"> →</span>
        </span>
      )}
    </nav>
  );
}
