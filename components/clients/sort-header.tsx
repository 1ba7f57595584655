import Link from "next/link";
import { sortHref } from "@/lib/clients/format-dashboard-href";
import type { ClientSort } from "@/lib/clients/options";
import type { ClientListQuery } from "@/lib/schemas/client";

/** A column header that sorts by link (so it works without JavaScript) and says how it is sorted. */
export function SortHeader({
  query,
  sort,
  label,
  align,
}: {
  query: ClientListQuery;
  sort: ClientSort;
  label: string;
  align?: "right";
}) {
  const active = query.sort === sort;
  const arrow = active ? (query.dir === "asc" ? "↑" : "↓") : "↕";
  return (
    <th
      scope="col"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-3 py-3 align-middle font-semibold ${align === "right" ? "text-right" : ""}`}
    >
      <Link
        href={sortHref(query, sort)}
        className="inline-flex items-center gap-1 whitespace-nowrap rounded text-stone-800 underline-offset-2 hover:underline"
      >
        {label}
        <span aria-hidden="true" className={active ? "text-brand-700" : "text-stone-400"}>
          {arrow}
        </span>
      </Link>
    </th>
  );
}
