import "server-only";
import { db } from "@/lib/db";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import type { StartAssessmentInput } from "@/lib/schemas/assessment";
import { createToken } from "@/lib/tokens";

export type CreateAssessmentResult = { ok: true; resumeToken: string } | { ok: false; error: "unknown-questionnaire" };

/** Starts an assessment on the newest version of the questionnaire; that version stays pinned to it. */
export async function createAssessment({ input }: { input: StartAssessmentInput }): Promise<CreateAssessmentResult> {
  const questionnaire = getLatestQuestionnaire(input.questionnaireId);
  if (!questionnaire) return { ok: false, error: "unknown-questionnaire" };
  const assessment = await db.assessment.create({
    data: {
      resumeToken: createToken(),
      shareToken: createToken(),
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      locale: input.locale,
      organisationName: input.organisationName,
      respondentRole: input.respondentRole,
      // An empty team field means the whole organisation.
      team: input.team || null,
    },
    select: { resumeToken: true },
  });
  return { ok: true, resumeToken: assessment.resumeToken };
}
