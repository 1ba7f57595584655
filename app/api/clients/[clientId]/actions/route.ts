import { actionExportQuerySchema } from "@/lib/schemas/targets";
import { loadApiClient } from "@/lib/server/clients/load-api-client";
import { downloadResponse, problem } from "@/lib/server/http/api-response";
import { loadActionExport } from "@/lib/server/targets/list-actions";
import { buildActionExport } from "@/lib/targets/build-action-export";

// GET /api/clients/<id>/actions?format=csv|json — a client's agreed actions as a download, checked against the
// signed-in consultant's workspace like the client export; errors are small JSON bodies, never a 500.

export async function GET(request: Request, { params }: { params: Promise<{ clientId: string }> }) {
  const checked = await loadApiClient({
    request,
    params,
    querySchema: actionExportQuerySchema,
    queryFields: ["format"],
  });
  if (checked.problem) return checked.problem;
  const data = await loadActionExport({ workspaceId: checked.workspaceId, clientId: checked.clientId });
  if (!data) return problem(404, "not-found");
  return downloadResponse(
    buildActionExport({ client: data.client, actions: data.actions, format: checked.query.format }),
  );
}
