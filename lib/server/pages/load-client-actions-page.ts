import "server-only";
import { localDate } from "@/lib/exports/export-file-name";
import { type ActionListQuery, actionListQuerySchema } from "@/lib/schemas/targets";
import { type ClientAction, listActionDomains, listClientActions } from "@/lib/server/targets/list-actions";

export type ClientActionsPageData = {
  query: ActionListQuery;
  actions: ClientAction[];
  /** Every domain the client has actions on, for the filter (whatever is filtered now). */
  domainRows: Awaited<ReturnType<typeof listActionDomains>>;
};

/** A client's agreed actions, filtered by status and domain (?status=…&domain=…); null when the list is not there. */
export async function loadClientActionsPage({
  workspaceId,
  clientId,
  status,
  domain,
}: {
  workspaceId: string;
  clientId: string;
  status: string | undefined;
  domain: string | undefined;
}): Promise<ClientActionsPageData | null> {
  const query = actionListQuerySchema.parse({ status, domain });
  const today = localDate(new Date());
  const [listed, domainRows] = await Promise.all([
    listClientActions({ workspaceId, clientId, query, today }),
    listActionDomains({ workspaceId, clientId }),
  ]);
  return listed ? { query, actions: listed.actions, domainRows } : null;
}
