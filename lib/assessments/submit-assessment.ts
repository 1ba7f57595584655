import "server-only";
import { refreshClientSummary } from "@/lib/clients/refresh-client-summary";
import { db } from "@/lib/db";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { scoreAssessment } from "@/lib/scoring";
import { toAnswerInputs } from "./answer-inputs";

export type SubmitAssessmentResult =
  | { ok: true; shareToken: string; alreadySubmitted: boolean }
  | { ok: false; error: "not-found" };

/** Locks the assessment and stores a score snapshot. Submitting again returns the same result, creating nothing. */
export async function submitAssessment({ resumeToken }: { resumeToken: string }): Promise<SubmitAssessmentResult> {
  const assessment = await db.assessment.findUnique({
    where: { resumeToken },
    include: { answers: { select: { itemId: true, value: true } } },
  });
  if (!assessment) return { ok: false, error: "not-found" };
  if (assessment.status === "submitted") {
    return { ok: true, shareToken: assessment.shareToken, alreadySubmitted: true };
  }
  const questionnaire = getQuestionnaire(assessment.questionnaireId, assessment.questionnaireVersion);
  if (!questionnaire) return { ok: false, error: "not-found" };
  const result = scoreAssessment(questionnaire, toAnswerInputs(assessment.answers));

  const locked = await db.$transaction(async (tx) => {
    const updated = await tx.assessment.updateMany({
      where: { id: assessment.id, status: "in_progress" },
      data: {
        status: "submitted",
        submittedAt: new Date(),
        overallScore: result.overall.score,
        overallLevel: result.overall.level,
      },
    });
    // A concurrent submit got there first: it wrote the snapshot, so write nothing more.
    if (updated.count === 0) return false;
    await tx.domainScore.createMany({
      data: result.domains.map((d) => ({
        assessmentId: assessment.id,
        domainId: d.domainId,
        score: d.score,
        level: d.level,
        answered: d.answered,
        total: d.total,
      })),
    });
    if (assessment.clientId) await refreshClientSummary(tx, assessment.clientId);
    return true;
  });
  return { ok: true, shareToken: assessment.shareToken, alreadySubmitted: !locked };
}
