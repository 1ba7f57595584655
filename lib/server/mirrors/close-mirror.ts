import "server-only";
import { db } from "@/lib/server/db/db";
import { MIRROR_MAIL } from "@/lib/server/mirrors/mirror-mail-kinds";

/**
 * Closing a mirror ends it for customers and deletes every address it was given: the invites' addresses are set
 * to null, and the outbox rows of their invitations and reminders are deleted — queued ones must not go out any
 * more (the links no longer work), and sent or failed ones are only there to show a status nobody needs after
 * closing. Deleting beats blanking `to`: no address is left in the subject, body or status either, and a row
 * being sent right now is safe (the sender's updates are conditional on its claim and simply find nothing).
 *
 * One transaction: the conditional update (status "open" → "closed") decides who closes; the scrub runs with it
 * every time, so even a repeat finishes a scrub that an earlier crash left undone.
 */
export async function closeMirror(options: { mirrorId: string; now?: Date }): Promise<{ closed: boolean }> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.mirror.updateMany({
      where: { id: options.mirrorId, status: "open" },
      data: { status: "closed", closedAt: now },
    });
    const invites = await tx.mirrorInvite.findMany({ where: { mirrorId: options.mirrorId }, select: { id: true } });
    const ids = invites.map((invite) => invite.id);
    // In slices: SQLite allows a limited number of bound parameters per statement.
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      await tx.mailOutbox.deleteMany({ where: { refType: MIRROR_MAIL.refType, refId: { in: slice } } });
    }
    await tx.mirrorInvite.updateMany({
      where: { mirrorId: options.mirrorId, address: { not: null } },
      data: { address: null },
    });
    return { closed: count === 1 };
  });
}

/**
 * Closes every open mirror whose closing date has passed (the background tick of every app server, and the
 * organiser page as it loads). Safe on several servers at once: each close is one conditional update.
 */
export async function closeDueMirrors(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db.mirror.findMany({
    where: { status: "open", closesAt: { lte: now } },
    select: { id: true },
    orderBy: { closesAt: "asc" },
    take: 100,
  });
  let closed = 0;
  for (const mirror of due) {
    if ((await closeMirror({ mirrorId: mirror.id, now })).closed) closed += 1;
  }
  return closed;
}
