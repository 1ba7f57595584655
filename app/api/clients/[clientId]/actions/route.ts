import { idSchema } from "@/lib/schemas/client";
import { actionExportQuerySchema } from "@/lib/schemas/targets";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { loadActionExport } from "@/lib/server/targets/list-actions";
import { buildActionExport } from "@/lib/targets/build-action-export";

// GET /api/clients/<id>/actions?format=csv|json — a client's agreed actions as a download, checked against the
// signed-in consultant's workspace like the client export; errors are small JSON bodies, never a 500.

const NO_STORE = { "Cache-Control": "no-store" };

function problem(status: 400 | 401 | 404, error: string, issues?: Array<{ param: string; message: string }>) {
  return Response.json(issues ? { error, issues } : { error }, { status, headers: NO_STORE });
}

export async function GET(request: Request, { params }: { params: Promise<{ clientId: string }> }) {
  const consultant = await getConsultant();
  if (!consultant) return problem(401, "unauthorized");
  const search = new URL(request.url).searchParams;
  const query = actionExportQuerySchema.safeParse({ format: search.get("format") ?? undefined });
  if (!query.success) {
    const issues = query.error.issues.map((issue) => ({ param: issue.path.join("."), message: issue.message }));
    return problem(400, "invalid-query", issues);
  }
  const clientId = idSchema.safeParse((await params).clientId);
  if (!clientId.success) return problem(404, "not-found");
  const data = await loadActionExport({ workspaceId: consultant.workspaceId, clientId: clientId.data });
  if (!data) return problem(404, "not-found");
  const file = buildActionExport({ client: data.client, actions: data.actions, format: query.data.format });
  return new Response(file.body, {
    status: 200,
    headers: {
      ...NO_STORE,
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
