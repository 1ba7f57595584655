import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/card";
import { INPUT_CLASS } from "@/components/ui/field";
import { CLIENT_SORTS, SECTORS } from "@/lib/clients/options";
import type { ClientListQuery } from "@/lib/schemas/client";

// One height for the search box and the selects: browsers size them differently, so the row stays even.
const control = `${INPUT_CLASS} h-11`;

/** A plain GET form: search and filters work without JavaScript and every view has its own URL. */
export async function DashboardFilters({
  query,
  levels,
}: {
  query: ClientListQuery;
  levels: ReadonlyArray<{ id: string; name: string }>;
}) {
  const t = await getTranslations();
  const filtered = Boolean(query.q || query.sector || query.level || query.archived === "1");
  return (
    <search aria-labelledby="filters-title" className={cardClass({ padding: "sm", className: "no-print block" })}>
      <form method="get" action="/dashboard">
        <h2 id="filters-title" className="sr-only">
          {t("dashboard.filtersTitle")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1.5fr_1fr]">
          <div className="sm:col-span-2 lg:col-span-1">
            <label htmlFor="q" className="text-sm font-medium">
              {t("dashboard.search")}
            </label>
            <input id="q" name="q" type="search" defaultValue={query.q} maxLength={120} className={control} />
          </div>
          <div>
            <label htmlFor="sector" className="text-sm font-medium">
              {t("dashboard.sector")}
            </label>
            <select id="sector" name="sector" defaultValue={query.sector ?? ""} className={control}>
              <option value="">{t("dashboard.allSectors")}</option>
              {SECTORS.map((id) => (
                <option key={id} value={id}>
                  {t(`sectors.${id}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="level" className="text-sm font-medium">
              {t("dashboard.level")}
            </label>
            <select id="level" name="level" defaultValue={query.level ?? ""} className={control}>
              <option value="">{t("dashboard.allLevels")}</option>
              {levels.map((level) => (
                <option key={level.id} value={level.id}>
                  {level.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {/* Sorting for the phone layout, whose cards have no column headers. On larger screens the column
            headers sort and these stay hidden, but they still submit, so the sort survives a new search. */}
        <div className="mt-4 grid grid-cols-2 gap-4 sm:hidden">
          <div>
            <label htmlFor="sort" className="text-sm font-medium">
              {t("dashboard.sortBy")}
            </label>
            <select id="sort" name="sort" defaultValue={query.sort} className={control}>
              {CLIENT_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`dashboard.columns.${sort}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dir" className="text-sm font-medium">
              {t("dashboard.sortDir")}
            </label>
            <select id="dir" name="dir" defaultValue={query.dir} className={control}>
              <option value="asc">{t("dashboard.ascending")}</option>
              <option value="desc">{t("dashboard.descending")}</option>
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-3">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="archived"
              value="1"
              defaultChecked={query.archived === "1"}
              className="h-4 w-4 accent-brand-700"
            />
            <span>{t("dashboard.showArchived")}</span>
          </label>
          <div className="flex flex-wrap items-center gap-3 sm:ml-auto">
            {filtered && (
              <Link href="/dashboard" className="text-sm font-medium text-brand-800 underline underline-offset-2">
                {t("dashboard.reset")}
              </Link>
            )}
            <button
              type="submit"
              className="rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {t("dashboard.apply")}
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
