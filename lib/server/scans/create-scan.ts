import "server-only";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import type { StartAssessmentInput } from "@/lib/schemas/scan";
import { insertAssessment } from "@/lib/server/scans/insert-scan";

export type CreateAssessmentResult = { ok: true; resumeToken: string } | { ok: false; error: "unknown-questionnaire" };

/** Starts an anonymous self-scan on the newest version of the questionnaire. */
export async function createAssessment({ input }: { input: StartAssessmentInput }): Promise<CreateAssessmentResult> {
  const questionnaire = getLatestQuestionnaire(input.questionnaireId);
  if (!questionnaire) return { ok: false, error: "unknown-questionnaire" };
  const { resumeToken } = await insertAssessment({ questionnaire, ...input });
  return { ok: true, resumeToken };
}
