import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import type { ActionListQuery } from "@/lib/schemas/targets";
import { ACTION_STATUSES } from "@/lib/targets/action-status";

const control =
  "mt-1 block h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600";

/** Filtering a client's actions by status and domain: a plain GET form, so a filtered list can be shared. */
export async function ActionFiltersSection({
  base,
  query,
  domains,
}: {
  base: string;
  query: ActionListQuery;
  /** Domain id and name, sorted by name. */
  domains: Array<[string, string]>;
}) {
  const [t, ta] = await Promise.all([getTranslations("loop.list"), getTranslations("loop.actions")]);
  return (
    <search aria-labelledby="action-filters" className={cardClass({ padding: "sm", className: "no-print block" })}>
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
          {Boolean(query.status || query.domain) && (
            <Link href={base} className="font-medium text-brand-800 underline underline-offset-2">
              {t("reset")}
            </Link>
          )}
        </div>
      </form>
    </search>
  );
}
