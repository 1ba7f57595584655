import "server-only";
import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { addressKey } from "@/lib/security/client-address";
import { readDatabaseSettings } from "@/lib/server/db/database-url";
import { db, type Tx } from "@/lib/server/db/db";
import {
  findMirrorByLink,
  isMirrorClosed,
  type MirrorLink,
  type MirrorRow,
  mirrorQuestionnaireOf,
} from "@/lib/server/mirrors/get-mirror-form";
import { LOCKING_TRANSACTION } from "@/lib/server/scans/submit-response";
import type { WindowRule } from "@/lib/server/throttle/reserve-attempt";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";

/** One statement's answer: a scale point, "dk" (don't know) or "na" (not applicable). */
export type MirrorAnswerValue = number | "dk" | "na";

/** What a customer hands in; everything optional, but not nothing (see "empty"). */
export type MirrorSubmission = {
  answers: Record<string, MirrorAnswerValue>;
  nps: number | null;
  mark: number | null;
  comment: string | null;
  /** The chosen segment ("" or null: none); a personal link's invite fixes it and this is ignored. */
  segment: string | null;
};

/** Which part of the submission is wrong: the form shows the message beside it. */
export type MirrorInvalidField = "answers" | "nps" | "mark" | "comment" | "segment";

export type SubmitMirrorResult =
  | { ok: true }
  | { ok: false; error: "not-found" | "closed" | "used" | "empty" }
  | { ok: false; error: "invalid"; field: MirrorInvalidField }
  | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * How many responses one network and one browser may hand in per hour. The public link: a reception desk or an
 * office behind one address must work (60 an hour per network), one phone or laptop is one customer, with a
 * little room for a shared one (5 per browser). A kiosk serves a queue on one tablet: no browser limit (it is one
 * browser), a higher network limit, but still one, so the kiosk link cannot pad a mirror without bound.
 */
export const MIRROR_LIMITS = {
  public: {
    network: { maxAttempts: 60, windowMinutes: 60 },
    browser: { maxAttempts: 5, windowMinutes: 60 },
  },
  kiosk: {
    network: { maxAttempts: 240, windowMinutes: 60 },
  },
} as const satisfies {
  public: { network: WindowRule; browser: WindowRule };
  kiosk: { network: WindowRule };
};

export type MirrorLimits = {
  public: { network: WindowRule; browser: WindowRule };
  kiosk: { network: WindowRule };
};

/** Who hands in, for the rate limits: the client address (null when unknown) and the browser's id cookie. */
export type MirrorRequester = { ip: string | null; browserId: string };

/** The statements' ids and the answers the questionnaire's scale allows. */
function checkAnswers(
  questionnaire: MirrorQuestionnaire,
  answers: Record<string, MirrorAnswerValue>,
): "invalid" | "ok" {
  const items = new Set(questionnaire.items.map((item) => item.id));
  const points = new Set(questionnaire.scale.points.map((point) => point.value));
  for (const [itemId, value] of Object.entries(answers)) {
    if (!items.has(itemId)) return "invalid";
    if (value === "dk" && !questionnaire.scale.dontKnow) return "invalid";
    if (value === "na" && !questionnaire.scale.notApplicable) return "invalid";
    if (typeof value === "number" && !points.has(value)) return "invalid";
  }
  return "ok";
}

/** Checks the submission against this mirror: only what it asks, in range; the first wrong field, or null. */
export function checkSubmission(
  mirror: Pick<MirrorRow, "askNps" | "askMark" | "askOpen" | "segments">,
  questionnaire: MirrorQuestionnaire,
  submission: MirrorSubmission,
  fixedSegment: boolean,
): MirrorInvalidField | "empty" | null {
  if (checkAnswers(questionnaire, submission.answers) === "invalid") return "answers";
  const { nps, mark, comment, segment } = submission;
  if (nps !== null && (!mirror.askNps || !Number.isInteger(nps) || nps < 0 || nps > 10)) return "nps";
  if (mark !== null && (!mirror.askMark || !Number.isInteger(mark) || mark < 1 || mark > 10)) return "mark";
  if (comment && (!mirror.askOpen || comment.length > questionnaire.appreciation.open.maxLength)) return "comment";
  if (!fixedSegment && segment && !parseLines(mirror.segments).includes(segment)) return "segment";
  // Nothing to count: no statement answered on the scale, no NPS, no mark. A comment alone is not a response.
  const scored = Object.values(submission.answers).some((value) => typeof value === "number");
  if (!scored && nps === null && mark === null) return "empty";
  return null;
}

class MirrorClosed extends Error {}

const onPostgres = readDatabaseSettings().provider === "postgresql";

/**
 * Holds the mirror open for this hand-in: a close waits for the hand-ins under way (and counts them), or a hand-in
 * waits for the close and is refused — also under PostgreSQL's READ COMMITTED. On PostgreSQL a shared row lock, so
 * customers handing in at the same moment do not queue behind each other; SQLite has one writer anyway, so a
 * conditional update of the row does it there.
 */
async function holdOpenMirror(tx: Tx, mirrorId: string, now: Date): Promise<boolean> {
  if (onPostgres) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Mirror"
      WHERE "id" = ${mirrorId} AND "status" = 'open' AND ("closesAt" IS NULL OR "closesAt" > ${now})
      FOR SHARE`;
    return rows.length === 1;
  }
  const open = await tx.mirror.updateMany({
    where: { id: mirrorId, status: "open", OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
    data: { updatedAt: now },
  });
  return open.count === 1;
}
class InviteUsed extends Error {}

/** Counts this hand-in against the link's limits before anything is stored; the browser first, as joins do. */
async function reserve(
  mirrorId: string,
  kind: "public" | "kiosk",
  requester: MirrorRequester,
  limits: MirrorLimits,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  if (kind === "public") {
    const byBrowser = await reserveWindowAttempt({
      key: `mirror-browser:${mirrorId}:${requester.browserId}`,
      rule: limits.public.browser,
    });
    if (!byBrowser.ok) return byBrowser;
  }
  if (requester.ip) {
    const byNetwork = await reserveWindowAttempt({
      key: `mirror-${kind}-net:${mirrorId}:${addressKey(requester.ip)}`,
      rule: kind === "public" ? limits.public.network : limits.kiosk.network,
    });
    if (!byNetwork.ok) return byNetwork;
  }
  return { ok: true };
}

/**
 * At most this many hand-ins use the database at once in one app process; the others wait their turn here rather
 * than in the connection pool, whose wait is bounded (DATABASE_CONNECT_TIMEOUT_MS). A queue of customers sending
 * in the same second is served a little slower, never refused; other pages keep the rest of the pool.
 */
const HAND_IN_SLOTS = Math.max(1, Math.floor(readDatabaseSettings().poolSize / 2));
let handInsActive = 0;
const handInsWaiting: Array<() => void> = [];

async function inTurn<T>(run: () => Promise<T>): Promise<T> {
  if (handInsActive < HAND_IN_SLOTS) handInsActive += 1;
  // A finished hand-in passes its slot straight on (the count stays), so nobody overtakes the queue.
  else await new Promise<void>((resolve) => handInsWaiting.push(resolve));
  try {
    return await run();
  } finally {
    const next = handInsWaiting.shift();
    if (next) next();
    else handInsActive -= 1;
  }
}

/**
 * Stores one customer's answers. The public link and a kiosk create a fresh response per hand-in (counted per
 * network, and per browser for the public link); a personal link is used once, by one conditional update in the
 * same transaction as the response, and the response is never linked to the invite. Input that the mirror does
 * not ask or allow is refused with nothing stored.
 */
export function submitMirrorResponse(options: HandInOptions): Promise<SubmitMirrorResult> {
  return inTurn(() => handIn(options));
}

type HandInOptions = {
  link: MirrorLink;
  submission: MirrorSubmission;
  locale: string;
  /** The web request's network and browser; seeding scripts and tests of other rules leave it out. */
  requester?: MirrorRequester;
  limits?: MirrorLimits;
};

async function handIn({
  link,
  submission,
  locale,
  requester,
  limits = MIRROR_LIMITS,
}: HandInOptions): Promise<SubmitMirrorResult> {
  const found = await findMirrorByLink(link);
  if (!found) return { ok: false, error: "not-found" };
  const { mirror, invite } = found;
  if (invite?.used) return { ok: false, error: "used" };
  if (isMirrorClosed(mirror)) return { ok: false, error: "closed" };
  const questionnaire = mirrorQuestionnaireOf(mirror);
  if (!questionnaire) return { ok: false, error: "not-found" };
  const problem = checkSubmission(mirror, questionnaire, submission, invite !== null);
  if (problem === "empty") return { ok: false, error: "empty" };
  if (problem) return { ok: false, error: "invalid", field: problem };
  if (requester && link.kind !== "personal") {
    const reserved = await reserve(mirror.id, link.kind, requester, limits);
    if (!reserved.ok) return { ok: false, error: "throttled", retryAfterSeconds: reserved.retryAfterSeconds };
  }
  const segment = invite ? invite.segment : submission.segment || null;
  try {
    await db.$transaction(async (tx) => {
      const now = new Date();
      if (!(await holdOpenMirror(tx, mirror.id, now))) throw new MirrorClosed();
      if (invite) {
        // Used once, whichever of its mailed links: of two hand-ins at once exactly one finds usedAt still empty.
        const used = await tx.mirrorInvite.updateMany({
          where: { id: invite.id, usedAt: null },
          // The day only: a time would match this invite with the response written in the same transaction.
          data: { usedAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) },
        });
        if (used.count !== 1) throw new InviteUsed();
      }
      await tx.mirrorResponse.create({
        data: {
          mirrorId: mirror.id,
          source: link.kind,
          segment,
          locale,
          nps: submission.nps,
          mark: submission.mark,
          comment: submission.comment?.trim() || null,
          answers: {
            create: Object.entries(submission.answers).map(([itemId, value]) =>
              typeof value === "number"
                ? { itemId, value, nonAnswer: null }
                : { itemId, value: null, nonAnswer: value },
            ),
          },
        },
      });
      // Many customers sending in the same second may wait for a connection: wait, don't fail.
    }, LOCKING_TRANSACTION);
  } catch (error) {
    if (error instanceof MirrorClosed) return { ok: false, error: "closed" };
    if (error instanceof InviteUsed) return { ok: false, error: "used" };
    throw error;
  }
  return { ok: true };
}
