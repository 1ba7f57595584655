import { z } from "zod";
import { localDate, slugify } from "@/lib/exports/export-file-name";
import { toCsv } from "@/lib/exports/to-csv";
import { tokenSchema } from "@/lib/schemas/scan";
import { downloadResponse, problem } from "@/lib/server/http/api-response";
import { buildMirrorExportJson, buildMirrorExportTable } from "@/lib/server/mirrors/build-mirror-export";
import { loadMirrorResults } from "@/lib/server/mirrors/load-mirror-results";

// GET /api/mirrors/<organiserToken>/export?format=csv|json
// A closed mirror's aggregates for spreadsheets (per domain, statement, NPS, mark and segment where shown), and
// the open answers shuffled with no segment or date. Only with the organiser's token: the results token is not
// accepted here, so a shared link never reaches the open answers.

const querySchema = z.object({ format: z.enum(["csv", "json"]).default("csv") });

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const query = querySchema.safeParse({ format: new URL(request.url).searchParams.get("format") ?? undefined });
  if (!query.success) return problem(400, "invalid-query");
  const token = tokenSchema.safeParse((await params).token);
  const results = token.success ? await loadMirrorResults({ organiserToken: token.data }) : null;
  if (!results) return problem(404, "not-found");
  if (!results.aggregate) return problem(409, "mirror-open");
  const { format } = query.data;
  const now = results.mirror.closedAt ?? new Date();
  const fileName = `klantkompas-${slugify(results.mirror.organisationName, "mirror")}-mirror-${localDate(now)}.${format}`;
  return downloadResponse({
    body:
      format === "csv"
        ? toCsv(buildMirrorExportTable(results, results.openAnswers))
        : JSON.stringify(buildMirrorExportJson(results, results.openAnswers)),
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    fileName,
  });
}
