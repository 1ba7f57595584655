import { z } from "zod";
import { buildRoundDomainRows, buildRoundItemRows, ROUND_EXPORT_KINDS } from "@/lib/exports/build-round-rows";
import { exportFileName } from "@/lib/exports/export-file-name";
import { toCsv } from "@/lib/exports/to-csv";
import { LOCALES } from "@/lib/questionnaire/schema";
import { tokenSchema } from "@/lib/schemas/scan";
import { downloadResponse, problem } from "@/lib/server/http/api-response";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";

// GET /api/rounds/<organiserToken>/export?kind=domains|items&format=csv|json[&locale=nl|en]
// A closed round's aggregate for spreadsheets: shown groups and shown statements only (issue 14), never a
// respondent's answers, never a min or max.

const querySchema = z.object({
  kind: z.enum(ROUND_EXPORT_KINDS),
  format: z.enum(["csv", "json"]).default("csv"),
  locale: z.enum(LOCALES).default("nl"),
});

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const search = new URL(request.url).searchParams;
  const query = querySchema.safeParse({
    kind: search.get("kind") ?? undefined,
    format: search.get("format") ?? undefined,
    locale: search.get("locale") ?? undefined,
  });
  if (!query.success) return problem(400, "invalid-query");
  const token = tokenSchema.safeParse((await params).token);
  const round = token.success ? await getRoundByOrganiserToken(token.data) : null;
  if (!round) return problem(404, "not-found");
  if (!round.closed || !round.aggregate) return problem(409, "round-open");
  const { kind, format, locale } = query.data;
  const table =
    kind === "domains"
      ? buildRoundDomainRows(round.aggregate)
      : buildRoundItemRows(round.aggregate, { questionnaire: round.questionnaire, locale });
  const now = round.closedAt ?? new Date();
  const fileName = exportFileName({
    clientName: round.organisationName,
    fallback: "round",
    kind: `round-${kind}`,
    format,
    now,
  });
  const body =
    format === "csv"
      ? toCsv(table)
      : JSON.stringify({
          organisation: round.organisationName,
          questionnaire_id: round.questionnaire.id,
          questionnaire_version: round.questionnaire.version,
          closed_at: round.closedAt?.toISOString() ?? null,
          respondents: round.aggregate.respondents,
          min_group_size: round.minGroupSize,
          min_distribution: round.aggregate.minDistribution,
          [kind]: table.rows,
        });
  return downloadResponse({
    body,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    fileName,
  });
}
