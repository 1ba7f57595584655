import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { describeMailError, nextAttemptAfter } from "@/lib/mail/mail-backoff";
import { db } from "@/lib/server/db/db";
import { type MailConfig, readMailConfig } from "@/lib/server/mail/mail-config";

/** How long a claimed row stays with its sender: well beyond nodemailer's timeouts below, so a slow send is never
 * taken over; a sender that died frees its rows after this. */
export const MAIL_LOCK_MS = 5 * 60_000;

// Every process gets its own id, so a row's claimedBy says which server holds it.
const senderId = `${process.pid}-${randomUUID()}`;

// One pooled transport per configuration, shared by every call in this process (globalThis: Next.js bundles
// instrumentation and routes separately, and this must be one pool for both).
const globalForMail = globalThis as unknown as { klantkompasMailTransport?: { key: string; transport: Transporter } };

function transportFor(config: MailConfig): Transporter {
  const current = globalForMail.klantkompasMailTransport;
  if (current && current.key === config.smtpUrl) return current.transport;
  current?.transport.close();
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  globalForMail.klantkompasMailTransport = { key: config.smtpUrl, transport };
  return transport;
}

/** Tests: close the pooled connections so the process (or a test SMTP server) can stop. */
export function closeMailTransport(): void {
  globalForMail.klantkompasMailTransport?.transport.close();
  globalForMail.klantkompasMailTransport = undefined;
}

export interface DeliverResult {
  sent: number;
  retried: number;
  failed: number;
}

function dueWhere(now: Date) {
  return {
    OR: [
      { status: "queued", nextAttemptAt: { lte: now } },
      // Claimed by a sender that did not finish in time (it died, or lost its database connection).
      { status: "sending", lockedUntil: { lt: now } },
    ],
  };
}

/** Claims one row for this sender: a conditional update, so of several servers only one gets it. */
async function claimRow(id: string, now: Date, claimedBy: string): Promise<boolean> {
  const { count } = await db.mailOutbox.updateMany({
    where: { id, ...dueWhere(now) },
    data: {
      status: "sending",
      claimedBy,
      // From the moment of this claim, not of the batch: a row claimed late in a slow batch keeps its full lock.
      lockedUntil: new Date(Date.now() + MAIL_LOCK_MS),
      // Counted when claimed, so a mail that kills its sender every time still ends as failed.
      attempts: { increment: 1 },
    },
  });
  return count === 1;
}

/**
 * Sends the mail that is due: claims up to `limit` rows (queued and due, or claimed by a sender whose lock
 * expired), sends each through the pooled SMTP transport, then marks it sent, or records the attempt and the
 * error and backs off (lib/mail/mail-backoff.ts) until it counts as failed. Safe to run on several servers and
 * several times at once: each row is sent by the one call that claimed it.
 */
export async function deliverDueMail(options: { limit?: number; now?: Date } = {}): Promise<DeliverResult> {
  const result: DeliverResult = { sent: 0, retried: 0, failed: 0 };
  const config = readMailConfig();
  if (!config) return result;
  const now = options.now ?? new Date();
  const candidates = await db.mailOutbox.findMany({
    where: dueWhere(now),
    orderBy: { nextAttemptAt: "asc" },
    take: options.limit ?? 20,
    select: { id: true },
  });
  // A fresh claim id per call: two loops in one process must not take each other's rows either.
  const claimedBy = `${senderId}-${randomUUID().slice(0, 8)}`;
  const transport = transportFor(config);
  for (const { id } of candidates) {
    if (!(await claimRow(id, now, claimedBy))) continue;
    const mail = await db.mailOutbox.findUnique({ where: { id } });
    if (!mail) continue;
    try {
      await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { "Auto-Submitted": "auto-generated" },
      });
      await db.mailOutbox.updateMany({
        where: { id, claimedBy },
        // The body goes once it is sent: it holds live links (a reset link, an invitation, a personal link) that
        // a database backup must not carry. Subject, recipient and state stay for the progress pages.
        data: { status: "sent", sentAt: new Date(), lastError: null, lockedUntil: null, text: "", html: "" },
      });
      result.sent += 1;
    } catch (error) {
      const next = nextAttemptAfter({ attempts: mail.attempts, now });
      await db.mailOutbox.updateMany({
        where: { id, claimedBy },
        data: next
          ? { status: "queued", nextAttemptAt: next, lastError: describeMailError(error), lockedUntil: null }
          : { status: "failed", lastError: describeMailError(error), lockedUntil: null },
      });
      if (next) result.retried += 1;
      else result.failed += 1;
    }
  }
  return result;
}
