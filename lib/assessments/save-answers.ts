import "server-only";
import { db } from "@/lib/db";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { type AnswerInput, type AnswerIssue, validateAnswers } from "@/lib/scoring";
import { toStoredValue } from "./answer-inputs";

export type SaveAnswersResult =
  | { ok: true; saved: number }
  | { ok: false; error: "not-found" | "submitted" }
  | { ok: false; error: "invalid-answers"; issues: AnswerIssue[] };

class SubmittedMeanwhile extends Error {}

/** Upserts answers; repeating the same call changes nothing. A submitted assessment accepts no answers. */
export async function saveAnswers({
  resumeToken,
  answers,
}: {
  resumeToken: string;
  answers: ReadonlyArray<AnswerInput>;
}): Promise<SaveAnswersResult> {
  const assessment = await db.assessment.findUnique({
    where: { resumeToken },
    select: { id: true, status: true, questionnaireId: true, questionnaireVersion: true },
  });
  if (!assessment) return { ok: false, error: "not-found" };
  if (assessment.status !== "in_progress") return { ok: false, error: "submitted" };
  const questionnaire = getQuestionnaire(assessment.questionnaireId, assessment.questionnaireVersion);
  if (!questionnaire) return { ok: false, error: "not-found" };
  const issues = validateAnswers(questionnaire, answers);
  if (issues.length > 0) return { ok: false, error: "invalid-answers", issues };

  try {
    await db.$transaction(async (tx) => {
      for (const answer of answers) {
        const value = toStoredValue(answer.value);
        await tx.answer.upsert({
          where: { assessmentId_itemId: { assessmentId: assessment.id, itemId: answer.itemId } },
          create: { assessmentId: assessment.id, itemId: answer.itemId, value },
          update: { value },
        });
      }
      // Checked inside the write transaction so a submit that raced ahead rolls these answers back.
      const still = await tx.assessment.updateMany({
        where: { id: assessment.id, status: "in_progress" },
        data: { updatedAt: new Date() },
      });
      if (still.count === 0) throw new SubmittedMeanwhile();
    });
  } catch (error) {
    if (error instanceof SubmittedMeanwhile) return { ok: false, error: "submitted" };
    throw error;
  }
  return { ok: true, saved: answers.length };
}
