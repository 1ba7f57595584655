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

class Refused extends Error {
  constructor(readonly reason: "submitted" | "closed") {
    super(reason);
  }
}

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

  try {
    await db.$transaction(async (tx) => {
      for (const answer of answers) {
        const stored = toStoredValue(answer.value);
        await tx.answer.upsert({
          where: { responseId_itemId: { responseId: response.id, itemId: answer.itemId } },
          create: { responseId: response.id, itemId: answer.itemId, ...stored },
          update: stored,
        });
      }
      // Checked inside the write transaction, so a submit or a close that raced ahead rolls these answers back.
      const now = new Date();
      const still = await tx.response.updateMany({
        where: {
          id: response.id,
          status: "in_progress",
          scan:
            scan.kind === "team" ? { status: "open", OR: [{ closesAt: null }, { closesAt: { gt: now } }] } : undefined,
        },
        data: { updatedAt: now, ...(response.startedAt ? {} : { startedAt: now }) },
      });
      if (still.count === 0) {
        const current = await tx.response.findUnique({ where: { id: response.id }, select: { status: true } });
        throw new Refused(current?.status === "submitted" ? "submitted" : "closed");
      }
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.reason };
    throw error;
  }
  return { ok: true, saved: answers.length };
}
