import "server-only";
import { db } from "@/lib/server/db/db";
import { nudgeMailSender } from "@/lib/server/mail/mail-sender";

/**
 * Sends a failed mail again: back to queued with a fresh count of attempts. Only a failed row about one of `refIds`
 * (so an organiser can only resend their own round's mail); repeating it does nothing more.
 */
export async function requeueFailedMail(options: {
  mailId: string;
  refType: string;
  refIds: readonly string[];
}): Promise<boolean> {
  const { count } = await db.mailOutbox.updateMany({
    where: { id: options.mailId, status: "failed", refType: options.refType, refId: { in: [...options.refIds] } },
    data: { status: "queued", attempts: 0, nextAttemptAt: new Date(), lastError: null, claimedBy: null },
  });
  if (count === 1) nudgeMailSender();
  return count === 1;
}
