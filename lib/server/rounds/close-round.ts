import "server-only";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { db, type Tx } from "@/lib/server/db/db";
import { aggregateSubmitted } from "@/lib/server/rounds/aggregate-submitted";
import { type AfterCommit, scanResultChanged } from "@/lib/server/scans/scan-result-changed";
import { LOCKING_TRANSACTION } from "@/lib/server/scans/submit-response";

/** Aggregates the submitted responses and writes the round's snapshot, in the transaction that closed it. */
async function writeSnapshot(tx: Tx, scanId: string, closedAt: Date): Promise<AfterCommit> {
  const scan = await tx.scan.findUniqueOrThrow({
    where: { id: scanId },
    select: {
      questionnaireId: true,
      questionnaireVersion: true,
      minGroupSize: true,
      clientId: true,
      roles: true,
      teams: true,
    },
  });
  const questionnaire = getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  if (!questionnaire) throw new Error(`Questionnaire ${scan.questionnaireId} v${scan.questionnaireVersion} is missing`);
  const unfinished = await tx.response.count({ where: { scanId, status: "in_progress", startedAt: { not: null } } });
  const { aggregate, submitted } = await aggregateSubmitted(tx, {
    scanId,
    questionnaire,
    minGroupSize: scan.minGroupSize,
    roleOrder: parseLines(scan.roles),
    teamOrder: parseLines(scan.teams),
  });
  await tx.scanDomainScore.deleteMany({ where: { scanId } });
  await tx.scanDomainScore.createMany({
    data: aggregate.domains.map((d) => ({
      scanId,
      domainId: d.domainId,
      score: d.shown ? d.score : null,
      level: d.shown ? d.level : null,
      answered: d.respondents ?? 0,
      total: aggregate.respondents ?? 0,
      respondents: d.respondents ?? 0,
    })),
  });
  await tx.scan.update({
    where: { id: scanId },
    data: {
      submittedAt: closedAt,
      overallScore: aggregate.overall.score,
      overallLevel: aggregate.overall.level,
      respondentCount: submitted,
      unfinishedCount: unfinished,
      aggregate: JSON.stringify(aggregate),
    },
  });
  return scanResultChanged({ tx, scanId, clientId: scan.clientId });
}

export type CloseRoundResult = { ok: true; alreadyClosed: boolean } | { ok: false; error: "not-found" };

/**
 * Closes a round and writes its snapshot. One conditional statement decides: of two closes at once (or a close and
 * the closing date), exactly one writes the snapshot; the others find it done.
 */
export async function closeRound({ scanId, at }: { scanId: string; at?: Date }): Promise<CloseRoundResult> {
  const closed = await db.$transaction(async (tx) => {
    // A round closed by its date closed then, not when someone first looked.
    const now = at && at.getTime() < Date.now() ? at : new Date();
    const { count } = await tx.scan.updateMany({
      where: { id: scanId, kind: "team", OR: [{ status: "open" }, { status: "closed", aggregate: null }] },
      data: { status: "closed", closedAt: now },
    });
    if (count === 0) return null;
    return writeSnapshot(tx, scanId, now);
  }, LOCKING_TRANSACTION);
  if (closed) {
    // After the commit, so the benchmark refresh reads the snapshot.
    await closed();
    return { ok: true, alreadyClosed: false };
  }
  const exists = await db.scan.count({ where: { id: scanId, kind: "team" } });
  return exists ? { ok: true, alreadyClosed: true } : { ok: false, error: "not-found" };
}

/** A round past its closing date is closed the first time anyone looks at it. */
export async function closeIfDue(scan: {
  id: string;
  status: string;
  closesAt: Date | null;
  aggregate?: string | null;
}) {
  if (scan.status === "open" && isRoundClosed(scan))
    await closeRound({ scanId: scan.id, at: scan.closesAt ?? undefined });
}

/** Closes a workspace's rounds whose closing date has passed, so lists and the dashboard show their results. */
export async function closeDueRounds({ workspaceId, clientId }: { workspaceId: string; clientId?: string }) {
  const due = await db.scan.findMany({
    where: {
      kind: "team",
      status: "open",
      closesAt: { lte: new Date() },
      client: { workspaceId },
      ...(clientId ? { clientId } : {}),
    },
    select: { id: true, status: true, closesAt: true },
  });
  for (const scan of due) await closeIfDue(scan);
}

export type ReopenRoundResult = { ok: true } | { ok: false; error: "not-found" | "published" };

/** Whether a stored snapshot showed any result (a round below the minimum showed nothing). */
export function snapshotShowed(aggregate: string | null): boolean {
  return aggregate !== null && (JSON.parse(aggregate) as { shown?: boolean }).shown === true;
}

/**
 * Opens a closed round again, while it has shown no result: its snapshot is withdrawn until it closes again, and
 * a closing date that has passed is dropped (otherwise the round would close again at once). Once results were
 * shown, reopening is refused: closing again one response later would let anyone subtract the two versions and
 * read that one person's answers.
 */
export async function reopenRound({ scanId }: { scanId: string }): Promise<ReopenRoundResult> {
  let afterCommit: AfterCommit | undefined;
  const reopened = await db.$transaction(async (tx): Promise<ReopenRoundResult> => {
    const scan = await tx.scan.findFirst({
      where: { id: scanId, kind: "team" },
      select: { closesAt: true, clientId: true, aggregate: true },
    });
    if (!scan) return { ok: false, error: "not-found" };
    if (snapshotShowed(scan.aggregate)) return { ok: false, error: "published" };
    const now = new Date();
    const { count } = await tx.scan.updateMany({
      where: { id: scanId, status: "closed" },
      data: {
        status: "open",
        closedAt: null,
        submittedAt: null,
        overallScore: null,
        overallLevel: null,
        aggregate: null,
        ...(scan.closesAt && scan.closesAt <= now ? { closesAt: null } : {}),
      },
    });
    // (A round whose snapshot showed results never gets here, so no two shown versions ever exist.)
    if (count === 1) {
      await tx.scanDomainScore.deleteMany({ where: { scanId } });
      afterCommit = await scanResultChanged({ tx, scanId, clientId: scan.clientId });
    }
    return { ok: true };
  });
  // A withdrawn snapshot leaves the benchmark (one that showed nothing never counted, but the set stays exact).
  await afterCommit?.();
  return reopened;
}
