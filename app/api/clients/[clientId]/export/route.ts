import { buildExport } from "@/lib/exports/build-export";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { exportQuerySchema } from "@/lib/schemas/export";
import { loadApiClient } from "@/lib/server/clients/load-api-client";
import { loadExportData } from "@/lib/server/exports/load-export-data";
import { downloadResponse, problem } from "@/lib/server/http/api-response";

// GET /api/clients/<id>/export?kind=assessments|answers (the public name "assessments" stays: links and scripts use it)&format=csv|json[&locale=nl|en]
// A download for spreadsheets and tools; errors are small JSON bodies, never a 500 for bad input.

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of request.headers.get("cookie")?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

export async function GET(request: Request, { params }: { params: Promise<{ clientId: string }> }) {
  const checked = await loadApiClient({
    request,
    params,
    querySchema: exportQuerySchema,
    queryFields: ["kind", "format", "locale"],
  });
  if (checked.problem) return checked.problem;
  const data = await loadExportData({ workspaceId: checked.workspaceId, clientId: checked.clientId });
  if (!data) return problem(404, "not-found");
  const { kind, format } = checked.query;
  const locale =
    checked.query.locale ??
    resolveLocale({
      cookie: cookieValue(request, LOCALE_COOKIE),
      acceptLanguage: request.headers.get("accept-language"),
    });
  return downloadResponse(buildExport({ data, kind, format, locale }));
}
