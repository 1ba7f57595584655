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
    select: { id: true, status: true, shareToken: true, questionnaireId: true, questionnaireVersion: true },
  });
  if (!assessment) return { ok: false, error: "not-found" };
  if (assessment.status === "submitted") {
    return { ok: true, shareToken: assessment.shareToken, alreadySubmitted: true };
  }
  const questionnaire = getQuestionnaire(assessment.questionnaireId, assessment.questionnaireVersion);
  if (!questionnaire) return { ok: false, error: "not-found" };

  const locked = await db.$transaction(async (tx) => {
    // The conditional update is the lock: it waits for a save that holds the row (saveAnswers touches
    // it last) and makes that save's later writes fail their in-progress check. Only after it are the
    // answers read, so the score is of exactly the answers that stay stored — also under PostgreSQL's
    // READ COMMITTED, where a read before the lock could miss a save that commits in between.
    const updated = await tx.assessment.updateMany({
      where: { id: assessment.id, status: "in_progress" },
      data: { status: "submitted", submittedAt: new Date() },
    });
    // A concurrent submit got there first: it wrote the snapshot, so write nothing more.
    if (updated.count === 0) return false;
    const answers = await tx.answer.findMany({
      where: { assessmentId: assessment.id },
      select: { itemId: true, value: true },
    });
    const result = scoreAssessment(questionnaire, toAnswerInputs(answers));
    const scored = await tx.assessment.update({
      where: { id: assessment.id },
      data: { overallScore: result.overall.score, overallLevel: result.overall.level },
      select: { clientId: true },
    });
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
    // clientId read under the lock: an attach that committed meanwhile is counted.
    if (scored.clientId) await refreshClientSummary(tx, scored.clientId);
    return true;
  });
  return { ok: true, shareToken: assessment.shareToken, alreadySubmitted: !locked };
}
