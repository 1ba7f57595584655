import type { listClients } from "@/lib/server/clients/list-clients";

/** One client as the dashboard lists it. */
export type ClientRow = Awaited<ReturnType<typeof listClients>>["rows"][number];

/** A level or domain as the dashboard page names it (the newest questionnaire's wording). */
export type Named = { id: string; name: string };

/** What the table and the phone cards show of a row's level and weakest domain; undefined where there is none. */
export function clientRowFacts(row: ClientRow, levels: readonly Named[], domains: readonly Named[]) {
  const rank = levels.findIndex((level) => level.id === row.latestLevel);
  const found = levels[rank];
  return {
    level: found ? { name: found.name, rank } : undefined,
    weakest: domains.find((domain) => domain.id === row.weakestDomain)?.name,
  };
}
