import type { ClientSort, Sector } from "@/lib/clients/options";

/**
 * The dashboard's search, filters, sort and page. The clients domain owns the shape; clientListQuerySchema
 * (lib/schemas/client) parses the query string into it, so forms sit above the domain and not beside it.
 */
export type DashboardQuery = {
  q: string;
  sector?: Sector | undefined;
  level?: string | undefined;
  sort: ClientSort;
  dir: "asc" | "desc";
  page: number;
  archived: "0" | "1";
};

/** The direction a column sorts in when first chosen: names A–Z, everything else highest or newest first. */
export function defaultSortDir(sort: ClientSort): DashboardQuery["dir"] {
  return sort === "name" ? "asc" : "desc";
}

/**
 * A dashboard link that keeps the current search, filters and sort, with some of them changed. Defaults are
 * left out so links stay short and the same view always has the same URL.
 */
export function dashboardHref(query: DashboardQuery, changes: Partial<DashboardQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.sector) params.set("sector", next.sector);
  if (next.level) params.set("level", next.level);
  if (next.archived === "1") params.set("archived", "1");
  if (next.sort !== "name" || next.dir !== "asc") {
    params.set("sort", next.sort);
    params.set("dir", next.dir);
  }
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/dashboard?${search}` : "/dashboard";
}

/** The link on a column header: the active column flips its direction, another one starts at its default. */
export function sortHref(query: DashboardQuery, sort: ClientSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : defaultSortDir(sort);
  return dashboardHref(query, { sort, dir, page: 1 });
}
