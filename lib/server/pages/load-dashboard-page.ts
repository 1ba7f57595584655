import "server-only";
import { type ClientListQuery, clientListQuerySchema } from "@/lib/schemas/client";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { listClients } from "@/lib/server/clients/list-clients";
import { type DashboardAgenda, loadDashboardAgenda } from "@/lib/server/pages/load-dashboard-agenda";
import { closeDueRounds } from "@/lib/server/rounds/close-round";

export type DashboardPageData = {
  query: ClientListQuery;
  list: Awaited<ReturnType<typeof listClients>>;
  /** Any filter other than the archive switch is on. */
  filtered: boolean;
  /** A brand-new workspace: no client at all, archived or not. */
  firstRun: boolean;
  /** Overdue and open actions, open rounds (lib/server/pages/load-dashboard-agenda.ts). */
  agenda: DashboardAgenda;
  /** The one-time notice of ?joined=1 (a colleague's invitation accepted) or ?verified=1 (address confirmed). */
  notice: "joined" | "verified" | null;
  workspaceName: string;
};

/** The workspace's client list for the dashboard's search params (filters, sort, page). */
export async function loadDashboardPage({
  searchParams,
}: {
  searchParams: Record<string, string | string[] | undefined>;
}): Promise<DashboardPageData> {
  const { workspaceId, workspaceName } = await requireConsultant();
  // Rounds past their closing date close first, so the list shows their results.
  await closeDueRounds({ workspaceId });
  const query = clientListQuerySchema.parse(searchParams);
  const [list, agenda] = await Promise.all([listClients({ workspaceId, query }), loadDashboardAgenda({ workspaceId })]);
  const filtered = Boolean(query.q || query.sector || query.level);
  // An empty, unfiltered list: either a brand-new workspace, or every client is archived.
  const firstRun =
    list.total === 0 && !filtered && query.archived === "0"
      ? (await listClients({ workspaceId, query: { ...query, archived: "1", page: 1 } })).total === 0
      : false;
  const notice = searchParams.joined === "1" ? "joined" : searchParams.verified === "1" ? "verified" : null;
  return { query, list, filtered, firstRun, agenda, notice, workspaceName };
}
