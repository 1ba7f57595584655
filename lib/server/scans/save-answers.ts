import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { type AnswerInput, type AnswerIssue, validateAnswers } from "@/lib/scoring";
import { toStoredValue } from "@/lib/scoring/answer-inputs";
import { readDatabaseSettings } from "@/lib/server/db/database-url";
import { db } from "@/lib/server/db/db";

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
  const response = await findResponse(resumeToken);
  if (!response) return { ok: false, error: "not-found" };
  if (response.status !== "in_progress") return { ok: false, error: "submitted" };
  const { scan } = response;
  if (scan.kind === "team" && isRoundClosed(scan)) return { ok: false, error: "closed" };
  const questionnaire = getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  if (!questionnaire) return { ok: false, error: "not-found" };
  const issues = validateAnswers(questionnaire, answers);
  if (issues.length > 0) return { ok: false, error: "invalid-answers", issues };

  const now = new Date();
  const where = { id: response.id, status: "in_progress", team: scan.kind === "team" };
  const written =
    answers.length === 0
      ? await db.response
          .updateMany({
            where: { id: where.id, status: where.status, ...(where.team ? { scan: { is: { status: "open" } } } : {}) },
            data: { updatedAt: now },
          })
          .then((result) => result.count > 0)
      : await writeAnswers({ where, answers, now, first: response.startedAt === null });
  if (!written) {
    const current = await db.response.findUnique({ where: { id: response.id }, select: { status: true } });
    return { ok: false, error: current?.status === "submitted" ? "submitted" : "closed" };
  }
  return { ok: true, saved: answers.length };
}

const onPostgres = readDatabaseSettings().provider === "postgresql";

type ResponseRow = {
  id: string;
  status: string;
  startedAt: unknown;
  kind: string;
  scanStatus: string;
  closesAt: Date | string | null;
  questionnaireId: string;
  questionnaireVersion: number | bigint;
};

/** The response with what the save checks of its scan, in one query (Prisma reads a relation in a second one). */
async function findResponse(resumeToken: string) {
  const [row] = await db.$queryRaw<ResponseRow[]>`
    SELECT r."id", r."status", r."startedAt", s."kind", s."status" AS "scanStatus", s."closesAt",
      s."questionnaireId", s."questionnaireVersion"
    FROM "Response" r JOIN "Scan" s ON s."id" = r."scanId"
    WHERE r."resumeToken" = ${resumeToken}`;
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    startedAt: row.startedAt ?? null,
    scan: {
      kind: row.kind,
      status: row.scanStatus,
      // Raw rows bring dates as the driver gives them: a Date, or SQLite's ISO text.
      closesAt: row.closesAt === null ? null : new Date(row.closesAt),
      questionnaireId: row.questionnaireId,
      questionnaireVersion: Number(row.questionnaireVersion),
    },
  };
}

type WriteWhere = { id: string; status: string; team: boolean };

/**
 * Stores the answers in one statement that also checks the response is still open (and, for a round, the round):
 * a submit or close that got there first makes it match no row and nothing is stored. The hot path of a round —
 * every answer is autosaved — so no interactive transaction and no read-then-write per answer (Prisma's nested
 * upsert took seven statements in a transaction; this is one).
 * - PostgreSQL: the response UPDATE in the CTE waits for a submit's or close's row lock and re-checks its WHERE
 *   on the committed row (READ COMMITTED), as the nested-upsert version did; the answers are written only for
 *   the row it returns.
 * - SQLite runs one statement at a time, so the INSERT … SELECT's condition and its write cannot be split. The
 *   response's startedAt (and updatedAt) are set by the first save only, in the same transaction; later saves
 *   leave the response row alone (each answer keeps its own updatedAt).
 */
async function writeAnswers({
  where,
  answers,
  now,
  first,
}: {
  where: WriteWhere;
  answers: ReadonlyArray<AnswerInput>;
  now: Date;
  first: boolean;
}): Promise<boolean> {
  const rows = Prisma.join(
    answers.map((answer) => {
      const stored = toStoredValue(answer.value);
      return Prisma.sql`(${answer.itemId}, CAST(${stored.value} AS INTEGER), CAST(${stored.nonAnswer} AS TEXT))`;
    }),
  );
  const upsert = Prisma.sql`ON CONFLICT ("responseId", "itemId") DO UPDATE SET "value" = excluded."value", "nonAnswer" = excluded."nonAnswer", "updatedAt" = excluded."updatedAt"`;
  const roundOpen = (alias: string) =>
    where.team
      ? Prisma.sql` AND EXISTS (SELECT 1 FROM "Scan" s WHERE s."id" = ${Prisma.raw(alias)}."scanId" AND s."status" = 'open')`
      : Prisma.empty;
  if (onPostgres) {
    const count = await db.$executeRaw`
      WITH r AS (
        UPDATE "Response" SET "updatedAt" = ${now}, "startedAt" = COALESCE("startedAt", ${now})
        WHERE "id" = ${where.id} AND "status" = ${where.status}${roundOpen('"Response"')}
        RETURNING "id", "updatedAt"
      )
      INSERT INTO "Answer" ("responseId", "itemId", "value", "nonAnswer", "updatedAt")
      SELECT r."id", a."itemId", a."value", a."nonAnswer", r."updatedAt"
      FROM r, (VALUES ${rows}) AS a ("itemId", "value", "nonAnswer")
      ${upsert}`;
    return count > 0;
  }
  const insert = db.$executeRaw`
    INSERT INTO "Answer" ("responseId", "itemId", "value", "nonAnswer", "updatedAt")
    SELECT r."id", a.column1, a.column2, a.column3, ${now}
    FROM "Response" r, (VALUES ${rows}) AS a
    WHERE r."id" = ${where.id} AND r."status" = ${where.status}${roundOpen("r")}
    ${upsert}`;
  // The same condition in both statements of one transaction: both match, or neither does.
  const statements = first
    ? [
        insert,
        db.$executeRaw`
          UPDATE "Response" SET "updatedAt" = ${now}, "startedAt" = COALESCE("startedAt", ${now})
          WHERE "id" = ${where.id} AND "status" = ${where.status}${roundOpen('"Response"')}`,
      ]
    : [insert];
  return commitTogether(statements);
}

// Group commit (SQLite): saves that arrive while a commit is under way are written in the next transaction together.
// With synchronous=FULL every commit waits for an fsync of the WAL, and better-sqlite3 waits on the event loop's
// thread, so one commit per answer capped autosave at one fsync per save; now it is one per batch. Each save keeps
// its own conditional statement, and its promise settles only after the commit, so an acknowledged answer is
// still durable. A batch fails as a whole (a database error), and then every save in it reports that error.
type PendingSave = {
  statements: Prisma.PrismaPromise<number>[];
  resolve: (stored: boolean) => void;
  reject: (error: unknown) => void;
};
const MAX_BATCH = 200;
const pending: PendingSave[] = [];
let committing = false;

function commitTogether(statements: Prisma.PrismaPromise<number>[]): Promise<boolean> {
  return new Promise((resolve, reject) => {
    pending.push({ statements, resolve, reject });
    if (committing) return;
    committing = true;
    // Next turn of the event loop, so the saves that arrive with this one join its batch.
    setImmediate(() => void commitPending());
  });
}

async function commitPending(): Promise<void> {
  while (pending.length > 0) {
    const batch = pending.splice(0, MAX_BATCH);
    try {
      const counts = await db.$transaction(batch.flatMap((save) => save.statements));
      let index = 0;
      for (const save of batch) {
        // The first statement of each save is its answers' INSERT: it matched the open response, or stored nothing.
        save.resolve((counts[index] ?? 0) > 0);
        index += save.statements.length;
      }
    } catch (error) {
      for (const save of batch) save.reject(error);
    }
  }
  committing = false;
}
