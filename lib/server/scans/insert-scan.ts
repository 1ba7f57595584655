import "server-only";
import { seriesKey } from "@/lib/history/series";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";

/**
 * The one place a self-scan is made: a Scan with its one Response, pinned to a questionnaire version, with fresh
 * capability tokens (the response's resume token, the scan's results token).
 */
export async function insertScan(options: {
  questionnaire: Questionnaire;
  organisationName: string;
  respondentRole: string;
  team?: string | null;
  locale: string;
  clientId?: string | null;
}): Promise<{ resumeToken: string; scanId: string }> {
  // An empty team field means the whole organisation.
  const team = options.team || null;
  const resumeToken = createToken();
  const scan = await db.scan.create({
    data: {
      kind: "self",
      questionnaireId: options.questionnaire.id,
      questionnaireVersion: options.questionnaire.version,
      organisationName: options.organisationName,
      clientId: options.clientId ?? null,
      series: seriesKey({
        kind: "self",
        questionnaireId: options.questionnaire.id,
        role: options.respondentRole,
        team: team ?? "",
      }),
      locale: options.locale,
      resultsToken: createToken(),
      responses: { create: { resumeToken, role: options.respondentRole, team, locale: options.locale } },
    },
    select: { id: true },
  });
  return { resumeToken, scanId: scan.id };
}
