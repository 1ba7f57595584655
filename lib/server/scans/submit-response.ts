import "server-only";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { type ScoreResult, scoreResponse } from "@/lib/scoring";
import { toAnswerInputs } from "@/lib/scoring/answer-inputs";
import { db } from "@/lib/server/db/db";
import { type AfterCommit, scanResultChanged } from "@/lib/server/scans/scan-result-changed";

export type SubmitResponseResult =
  | { ok: true; kind: "self" | "team"; shareToken: string; alreadySubmitted: boolean }
  | { ok: false; error: "not-found" | "closed" };

class RoundClosed extends Error {}

/**
 * Submits of one round queue on the round's row (see below), so when a whole team submits in the same second a
 * transaction may wait for a connection and the lock longer than Prisma's default 2 s: wait, don't fail.
 */
export const LOCKING_TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;

/** The respondent's per-domain snapshot rows. */
export function domainScoreRows(result: ScoreResult) {
  return result.domains.map((d) => ({
    domainId: d.domainId,
    score: d.score,
    level: d.level,
    answered: d.answered,
    total: d.total,
  }));
}

/**
 * Locks the response and stores its score snapshot; a self-scan's snapshot is also the scan's result. The answers
 * are read inside the same transaction as the lock, so a save that lands during a submit is either in the snapshot
 * or refused. Submitting again returns the same result, creating nothing.
 */
export async function submitResponse({ resumeToken }: { resumeToken: string }): Promise<SubmitResponseResult> {
  const found = await db.response.findUnique({
    where: { resumeToken },
    select: {
      id: true,
      status: true,
      scanId: true,
      scan: { select: { kind: true, resultsToken: true, questionnaireId: true, questionnaireVersion: true } },
    },
  });
  if (!found) return { ok: false, error: "not-found" };
  if (found.status === "submitted") {
    return {
      ok: true,
      kind: found.scan.kind === "team" ? "team" : "self",
      shareToken: found.scan.resultsToken,
      alreadySubmitted: true,
    };
  }
  // A questionnaire file that was withdrawn cannot score: answered like a missing scan, never a 500.
  const questionnaire = getQuestionnaire(found.scan.questionnaireId, found.scan.questionnaireVersion);
  if (!questionnaire) return { ok: false, error: "not-found" };
  const kind = found.scan.kind === "team" ? "team" : "self";
  const shareToken = found.scan.resultsToken;
  try {
    let afterCommit: AfterCommit | undefined;
    const locked = await db.$transaction(async (tx) => {
      const now = new Date();
      if (kind === "team") {
        // Lock the round's row first: a close waits for this submit (and counts it), or this submit waits for the
        // close and is refused — never counted by neither, also under PostgreSQL's READ COMMITTED.
        const open = await tx.scan.updateMany({
          where: { id: found.scanId, status: "open", OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
          data: { updatedAt: now },
        });
        if (open.count === 0) {
          const current = await tx.response.findUniqueOrThrow({ where: { id: found.id }, select: { status: true } });
          if (current.status === "submitted") return false;
          throw new RoundClosed();
        }
      }
      // The conditional update is the lock: it waits for a save that holds the row (saveAnswers touches it last)
      // and makes that save's check fail. Only after it are the answers read, so the score is of exactly the
      // answers that stay stored — also under PostgreSQL's READ COMMITTED.
      const updated = await tx.response.updateMany({
        where: {
          id: found.id,
          status: "in_progress",
          // A round takes no more responses once closed, by hand or by its date.
          scan: kind === "team" ? { status: "open", OR: [{ closesAt: null }, { closesAt: { gt: now } }] } : undefined,
        },
        data: { status: "submitted", submittedAt: now },
      });
      if (updated.count === 0) {
        // A concurrent submit got there first and wrote the snapshot; or the round closed meanwhile.
        const current = await tx.response.findUniqueOrThrow({ where: { id: found.id }, select: { status: true } });
        if (current.status === "submitted") return false;
        throw new RoundClosed();
      }
      const response = await tx.response.findUniqueOrThrow({
        where: { id: found.id },
        select: {
          answers: { select: { itemId: true, value: true, nonAnswer: true } },
          // clientId read under the lock: an attach that committed meanwhile is counted.
          scan: { select: { id: true, clientId: true } },
        },
      });
      const { scan } = response;
      const result = scoreResponse(questionnaire, toAnswerInputs(response.answers));
      await tx.response.update({
        where: { id: found.id },
        data: { overallScore: result.overall.score, overallLevel: result.overall.level },
      });
      const rows = domainScoreRows(result);
      await tx.responseDomainScore.createMany({ data: rows.map((row) => ({ responseId: found.id, ...row })) });
      if (kind === "self") {
        await tx.scan.update({
          where: { id: scan.id },
          data: {
            status: "closed",
            closedAt: now,
            submittedAt: now,
            overallScore: result.overall.score,
            overallLevel: result.overall.level,
            respondentCount: 1,
          },
        });
        await tx.scanDomainScore.createMany({ data: rows.map((row) => ({ scanId: scan.id, respondents: 1, ...row })) });
        afterCommit = await scanResultChanged({ tx, scanId: scan.id, clientId: scan.clientId });
      }
      return true;
    }, LOCKING_TRANSACTION);
    // A self-scan's result may count in the benchmark (a round's counts when it closes).
    if (locked) await afterCommit?.();
    return { ok: true, kind, shareToken, alreadySubmitted: !locked };
  } catch (error) {
    if (error instanceof RoundClosed) return { ok: false, error: "closed" };
    throw error;
  }
}
