import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Where this page sits under the client list; the last crumb is the current page. */
export async function Breadcrumbs({ items }: { items: ReadonlyArray<{ label: string; href?: string }> }) {
  const t = await getTranslations("clients");
  const crumbs = [{ label: t("backToDashboard"), href: "/dashboard" }, ...items];
  return (
    <nav aria-label={t("breadcrumb")} className="no-print text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-stone-600">
        {crumbs.map((crumb, index) => (
          <li key={crumb.href ?? crumb.label} className="flex items-center gap-2">
            {index > 0 && <span aria-hidden="true">/</span>}
            {crumb.href ? (
              <Link href={crumb.href} className="font-medium text-brand-800 underline underline-offset-2">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-stone-800">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
