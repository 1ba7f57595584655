import "server-only";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n/locale";
import { autoReminderDue, REMINDER_DAY_CHOICES, REMINDER_MIN_INTERVAL_MS } from "@/lib/mail/reminder-rules";
import { mirrorReminderMail } from "@/lib/mail/templates/mirror-invitation";
import { hashToken } from "@/lib/security/hash-token";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";
import { enqueueMail, requestNetwork } from "@/lib/server/mail/enqueue-mail";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { MailRefusedError, reserveMail } from "@/lib/server/mail/mail-quota";
import { mirrorMinutes, mirrorPersonalLink } from "@/lib/server/mirrors/mirror-links";
import { MIRROR_MAIL } from "@/lib/server/mirrors/mirror-mail-kinds";

export type SendMirrorRemindersResult =
  | { ok: true; sent: number }
  | { ok: false; error: "mail-off" | "not-found" | "closed" | "too-soon"; nextAt?: Date };

/**
 * Reminds every personal link not used yet whose invitation went out (or is on its way; a failed one is left
 * alone). As for rounds: at most once per hour per mirror, decided by one conditional update; `auto` is the
 * automatic reminder before the closing date, which goes only once.
 *
 * The app never kept the links (only their hashes), so a reminder carries a fresh link: the invite's hash is
 * replaced in the same transaction, which also retires the old link — the newest mail is the one that works.
 */
export async function sendMirrorReminders(options: {
  mirrorId: string;
  origin: string;
  senderName: string | null;
  now?: Date;
  auto?: boolean;
}): Promise<SendMirrorRemindersResult> {
  if (!mailEnabled()) return { ok: false, error: "mail-off" };
  const now = options.now ?? new Date();
  const mirror = await db.mirror.findUnique({
    where: { id: options.mirrorId },
    select: {
      id: true,
      status: true,
      closesAt: true,
      organisationName: true,
      locale: true,
      questionnaireId: true,
      questionnaireVersion: true,
      client: { select: { workspaceId: true } },
    },
  });
  if (!mirror) return { ok: false, error: "not-found" };
  if (mirror.status !== "open" || (mirror.closesAt && mirror.closesAt <= now)) return { ok: false, error: "closed" };
  const targets = await reminderTargets(mirror.id);
  if (targets.length === 0) {
    if (options.auto) {
      await db.mirror.updateMany({
        where: { id: mirror.id, autoReminderSentAt: null },
        data: { autoReminderSentAt: now },
      });
    }
    return { ok: true, sent: 0 };
  }
  const since = new Date(now.getTime() - REMINDER_MIN_INTERVAL_MS);
  const workspaceId = mirror.client?.workspaceId ?? null;
  const locale = toLocale(mirror.locale);
  const minutes = mirrorMinutes(mirror);
  const network = options.auto ? null : await requestNetwork();
  return db.$transaction(
    async (tx): Promise<SendMirrorRemindersResult> => {
      const { count } = await tx.mirror.updateMany({
        where: {
          id: mirror.id,
          status: "open",
          OR: [{ lastReminderAt: null }, { lastReminderAt: { lte: since } }],
          ...(options.auto ? { autoReminderSentAt: null } : {}),
        },
        data: { lastReminderAt: now, ...(options.auto ? { autoReminderSentAt: now } : {}) },
      });
      if (count !== 1) {
        const last = (await tx.mirror.findUnique({ where: { id: mirror.id }, select: { lastReminderAt: true } }))
          ?.lastReminderAt;
        return {
          ok: false,
          error: "too-soon",
          nextAt: last ? new Date(last.getTime() + REMINDER_MIN_INTERVAL_MS) : undefined,
        };
      }
      await reserveMail(tx, { workspaceId, network, count: targets.length });
      let sent = 0;
      for (const target of targets) {
        const token = createToken();
        // Still unused and still with an address (a customer may have answered a moment ago).
        const renewed = await tx.mirrorInvite.updateMany({
          where: { id: target.id, usedAt: null, address: { not: null } },
          data: { tokenHash: hashToken(token), lastSentAt: now },
        });
        if (renewed.count !== 1) continue;
        const content = mirrorReminderMail({
          locale,
          organisationName: mirror.organisationName,
          senderName: options.senderName,
          link: mirrorPersonalLink(options.origin, token, locale),
          minutes,
          closesAt: mirror.closesAt,
        });
        await enqueueMail(
          {
            to: target.address,
            locale,
            kind: MIRROR_MAIL.reminder,
            ...content,
            refType: MIRROR_MAIL.refType,
            refId: target.id,
            workspaceId,
            network,
          },
          tx,
        );
        sent += 1;
      }
      return { ok: true, sent };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

/** Unused invites with an address whose invitation was sent or is on its way. */
async function reminderTargets(mirrorId: string): Promise<Array<{ id: string; address: string }>> {
  const invites = await db.mirrorInvite.findMany({
    where: { mirrorId, usedAt: null, address: { not: null } },
    select: { id: true, address: true },
  });
  if (invites.length === 0) return [];
  const ids = invites.map((invite) => invite.id);
  const failed = new Set<string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await db.mailOutbox.findMany({
      where: {
        refType: MIRROR_MAIL.refType,
        refId: { in: ids.slice(start, start + 500) },
        kind: MIRROR_MAIL.invitation,
        status: "failed",
      },
      select: { refId: true },
    });
    for (const row of rows) if (row.refId) failed.add(row.refId);
  }
  return invites.flatMap((invite) =>
    invite.address && !failed.has(invite.id) ? [{ id: invite.id, address: invite.address }] : [],
  );
}

/** The automatic reminder: a number of days before the closing date, or null for none. */
export async function setMirrorReminderDays(options: { mirrorId: string; days: number | null }): Promise<boolean> {
  const { count } = await db.mirror.updateMany({
    where: { id: options.mirrorId, status: "open" },
    data: { reminderDaysBefore: options.days },
  });
  return count === 1;
}

/** The background tick: sends each mirror's automatic reminder once it is due (origin: PUBLIC_URL or stored). */
export async function sendDueMirrorReminders(options: { now?: Date } = {}): Promise<number> {
  if (!mailEnabled()) return 0;
  const now = options.now ?? new Date();
  const horizon = new Date(now.getTime() + Math.max(...REMINDER_DAY_CHOICES) * 86_400_000);
  const mirrors = await db.mirror.findMany({
    where: {
      status: "open",
      reminderDaysBefore: { not: null },
      autoReminderSentAt: null,
      closesAt: { gt: now, lte: horizon },
      ...(env.PUBLIC_URL ? {} : { mailOrigin: { not: null } }),
    },
    orderBy: { closesAt: "asc" },
    select: {
      id: true,
      status: true,
      closesAt: true,
      reminderDaysBefore: true,
      autoReminderSentAt: true,
      mailOrigin: true,
    },
    take: 200,
  });
  let sent = 0;
  for (const mirror of mirrors) {
    if (!autoReminderDue({ ...mirror, now })) continue;
    const origin = env.PUBLIC_URL ?? mirror.mailOrigin;
    if (!origin) continue;
    const result = await sendMirrorReminders({ mirrorId: mirror.id, origin, senderName: null, now, auto: true }).catch(
      (error: unknown) => {
        if (error instanceof MailRefusedError) return null;
        throw error;
      },
    );
    if (result?.ok) sent += result.sent;
  }
  return sent;
}
