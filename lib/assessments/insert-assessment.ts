import "server-only";
import { db } from "@/lib/db";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { createToken } from "@/lib/tokens";

/** The one place an assessment row is made: pinned to a questionnaire version, with fresh capability tokens. */
export async function insertAssessment(options: {
  questionnaire: Questionnaire;
  organisationName: string;
  respondentRole: string;
  team?: string | null;
  locale: string;
  clientId?: string | null;
}): Promise<{ resumeToken: string }> {
  return db.assessment.create({
    data: {
      resumeToken: createToken(),
      shareToken: createToken(),
      questionnaireId: options.questionnaire.id,
      questionnaireVersion: options.questionnaire.version,
      locale: options.locale,
      organisationName: options.organisationName,
      respondentRole: options.respondentRole,
      // An empty team field means the whole organisation.
      team: options.team || null,
      clientId: options.clientId ?? null,
    },
    select: { resumeToken: true },
  });
}
