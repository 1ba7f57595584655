import { buildExport } from "@/lib/exports/build-export";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { idSchema } from "@/lib/schemas/client";
import { exportQuerySchema } from "@/lib/schemas/export";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { loadExportData } from "@/lib/server/exports/load-export-data";

// GET /api/clients/<id>/export?kind=assessments|answers (the public name "assessments" stays: links and scripts use it)&format=csv|json[&locale=nl|en]
// A download for spreadsheets and tools; errors are small JSON bodies, never a 500 for bad input.

const NO_STORE = { "Cache-Control": "no-store" };

function problem(status: 400 | 401 | 404, error: string, issues?: Array<{ param: string; message: string }>) {
  return Response.json(issues ? { error, issues } : { error }, { status, headers: NO_STORE });
}

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of request.headers.get("cookie")?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

export async function GET(request: Request, { params }: { params: Promise<{ clientId: string }> }) {
  const consultant = await getConsultant();
  if (!consultant) return problem(401, "unauthorized");

  const search = new URL(request.url).searchParams;
  const query = exportQuerySchema.safeParse({
    kind: search.get("kind") ?? undefined,
    format: search.get("format") ?? undefined,
    locale: search.get("locale") ?? undefined,
  });
  if (!query.success) {
    const issues = query.error.issues.map((issue) => ({ param: issue.path.join("."), message: issue.message }));
    return problem(400, "invalid-query", issues);
  }

  // A malformed id cannot name a client: the same answer as a client of another workspace.
  const clientId = idSchema.safeParse((await params).clientId);
  if (!clientId.success) return problem(404, "not-found");
  const data = await loadExportData({ workspaceId: consultant.workspaceId, clientId: clientId.data });
  if (!data) return problem(404, "not-found");

  const locale =
    query.data.locale ??
    resolveLocale({
      cookie: cookieValue(request, LOCALE_COOKIE),
      acceptLanguage: request.headers.get("accept-language"),
    });
  const file = buildExport({ data, kind: query.data.kind, format: query.data.format, locale });
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
