import "server-only";
import { db } from "@/lib/db";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { type AnswerInput, type AnswerIssue, validateAnswers } from "@/lib/scoring";
import { toStoredValue } from "./answer-inputs";

export type SaveAnswersResult =
  | { ok: true; saved: number }
  | { ok: false; error: "not-found" | "submitted" | "closed" }
  | { ok: false; error: "invalid-answers"; issues: AnswerIssue[] };

/**
 * Upserts answers; repeating the same call changes nothing. A submitted response, or one of a closed round,
 * accepts no answers.
 */
export async function saveAnswers({
  resumeToken,
  answers,
}: {
  resumeToken: string;
  answers: ReadonlyArray<AnswerInput>;
}): Promise<SaveAnswersResult> {
  const response = await db.response.findUnique({
    where: { resumeToken },
    select: {
      id: true,
      status: true,
      startedAt: true,
      scan: {
        select: {
          id: true,
          kind: true,
          status: true,
          closesAt: true,
          questionnaireId: true,
          questionnaireVersion: true,
        },
      },
    },
  });
  if (!response) return { ok: false, error: "not-found" };
  if (response.status !== "in_progress") return { ok: false, error: "submitted" };
  const { scan } = response;
  if (scan.kind === "team" && isRoundClosed(scan)) return { ok: false, error: "closed" };
  const questionnaire = getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  if (!questionnaire) return { ok: false, error: "not-found" };
  const issues = validateAnswers(questionnaire, answers);
  if (issues.length > 0) return { ok: false, error: "invalid-answers", issues };

  const now = new Date();
  try {
    // One call, no interactive transaction (the hot path of a round: every answer is autosaved). The condition on
    // the response row is checked by the same UPDATE that locks it, and the answers are written under that lock:
    // a submit or close that got there first makes this match no row, and nothing is stored.
    await db.response.update({
      where: {
        id: response.id,
        status: "in_progress",
        ...(scan.kind === "team" ? { scan: { is: { status: "open" } } } : {}),
      },
      data: {
        updatedAt: now,
        ...(response.startedAt ? {} : { startedAt: now }),
        answers: {
          upsert: answers.map((answer) => {
            const stored = toStoredValue(answer.value);
            return {
              where: { responseId_itemId: { responseId: response.id, itemId: answer.itemId } },
              create: { itemId: answer.itemId, ...stored },
              update: stored,
            };
          }),
        },
      },
      select: { id: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2025") throw error;
    const current = await db.response.findUnique({ where: { id: response.id }, select: { status: true } });
    return { ok: false, error: current?.status === "submitted" ? "submitted" : "closed" };
  }
  return { ok: true, saved: answers.length };
}
