import "server-only";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { parseMailAddress } from "@/lib/mail/mail-address";
import { MAIL_KIND, MAIL_REF } from "@/lib/mail/mail-kinds";
import { type MailStatus, summariseMail } from "@/lib/mail/mail-status";
import {
  autoReminderDue,
  needsReminder,
  REMINDER_DAY_CHOICES,
  REMINDER_MIN_INTERVAL_MS,
} from "@/lib/mail/reminder-rules";
import { roundInvitationMail } from "@/lib/mail/templates/round-invitation";
import { roundReminderMail } from "@/lib/mail/templates/round-reminder";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { db, type Tx } from "@/lib/server/db/db";
import { enqueueMail, requestNetwork } from "@/lib/server/mail/enqueue-mail";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { MailRefusedError, reserveMail } from "@/lib/server/mail/mail-quota";
import { requeueFailedMail } from "@/lib/server/mail/requeue-mail";

/**
 * Mail of a team round's personal links: invitations, reminders to those who have not submitted (by hand or
 * automatically before the closing date), and per invitee what happened to their mail. Never anything answered.
 */

export function personalLink(origin: string, inviteToken: string, locale: string): string {
  return absoluteUrl({ origin, path: `/invite/${inviteToken}`, lang: locale });
}

const ROUND_MAIL_FIELDS = {
  id: true,
  organisationName: true,
  organiserRole: true,
  closesAt: true,
  client: { select: { workspaceId: true } },
} as const;

/**
 * Queues an invitation for each of `responseIds` whose invitee is an address (inside `tx` when given), and keeps
 * the origin for later reminders. Returns how many were queued (0 when mail is off).
 */
export async function queueRoundInvitations(
  options: { scanId: string; responseIds: readonly string[]; origin: string; senderName: string | null },
  tx?: Tx,
): Promise<number> {
  if (!mailEnabled() || options.responseIds.length === 0) return 0;
  const client = tx ?? db;
  const scan = await client.scan.findUnique({ where: { id: options.scanId }, select: ROUND_MAIL_FIELDS });
  if (!scan) return 0;
  const responses = await client.response.findMany({
    where: { scanId: scan.id, id: { in: [...options.responseIds] }, inviteToken: { not: null } },
    select: { id: true, invitee: true, inviteToken: true, locale: true },
  });
  // One count for the whole list (lib/server/mail/mail-quota.ts); inside `tx` a refusal stores none of it.
  if (tx) {
    const mailable = responses.filter((r) => r.inviteToken && parseMailAddress(r.invitee ?? "")).length;
    const network = await requestNetwork();
    await reserveMail(tx, { workspaceId: scan.client?.workspaceId ?? null, network, count: mailable });
  }
  let queued = 0;
  for (const response of responses) {
    const to = parseMailAddress(response.invitee ?? "");
    if (!to || !response.inviteToken) continue;
    const locale = toLocale(response.locale);
    const content = roundInvitationMail({
      locale,
      organisationName: scan.organisationName,
      senderName: options.senderName ?? scan.organiserRole,
      link: personalLink(options.origin, response.inviteToken, locale),
      closesAt: scan.closesAt,
    });
    await enqueueMail(
      {
        to,
        locale,
        kind: MAIL_KIND.roundInvitation,
        ...content,
        refType: MAIL_REF.response,
        refId: response.id,
        workspaceId: scan.client?.workspaceId ?? null,
      },
      tx,
    );
    queued += 1;
  }
  if (queued > 0) await client.scan.update({ where: { id: scan.id }, data: { mailOrigin: options.origin } });
  return queued;
}

/** The mail state of each personal link of a round, by response id. */
export async function getInviteeMail(responseIds: readonly string[]): Promise<Map<string, MailStatus>> {
  if (responseIds.length === 0) return new Map();
  const rows = await db.mailOutbox.findMany({
    where: { refType: MAIL_REF.response, refId: { in: [...responseIds] } },
    select: {
      id: true,
      to: true,
      refId: true,
      kind: true,
      status: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
    },
  });
  return summariseMail(rows, { invitation: MAIL_KIND.roundInvitation, reminder: MAIL_KIND.roundReminder });
}

/** Per round of the workspace: how many invitations are not delivered now (for the client page). */
export async function countFailedInvitations(options: {
  workspaceId: string;
  scanIds: readonly string[];
}): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (options.scanIds.length === 0) return counts;
  const failed = await db.mailOutbox.findMany({
    where: { workspaceId: options.workspaceId, kind: MAIL_KIND.roundInvitation, status: "failed" },
    select: { refId: true },
    take: 5_000,
  });
  const refIds = failed.flatMap((row) => (row.refId ? [row.refId] : []));
  if (refIds.length === 0) return counts;
  const responses = await db.response.findMany({
    where: { id: { in: refIds }, scanId: { in: [...options.scanIds] } },
    select: { scanId: true },
  });
  for (const { scanId } of responses) counts.set(scanId, (counts.get(scanId) ?? 0) + 1);
  return counts;
}

/** Personal links that get a reminder now: an address, not submitted, an invitation sent or on its way. */
async function reminderTargets(client: Tx | typeof db, scanId: string) {
  const responses = await client.response.findMany({
    where: { scanId, inviteToken: { not: null }, invitee: { not: null } },
    select: { id: true, invitee: true, inviteToken: true, locale: true, status: true },
  });
  const mail = await getInviteeMail(responses.map((r) => r.id));
  return responses.flatMap((response) => {
    const status = mail.get(response.id);
    const address = status?.to ?? parseMailAddress(response.invitee ?? "");
    const wanted = needsReminder({
      address,
      submitted: response.status === "submitted",
      invitation: status?.invitation ?? "none",
    });
    return wanted && address && response.inviteToken
      ? [{ id: response.id, to: address, inviteToken: response.inviteToken, locale: toLocale(response.locale) }]
      : [];
  });
}

export type SendRemindersResult =
  | { ok: true; sent: number }
  | { ok: false; error: "mail-off" | "not-found" | "closed" | "too-soon"; nextAt?: Date };

/**
 * Reminds every personal link that has not submitted. At most once per hour per round, decided by one conditional
 * update of the round, so a double click or two servers send one reminder each. `auto`: the automatic reminder
 * before the closing date, which also goes only once.
 */
export async function sendRoundReminders(options: {
  scanId: string;
  origin: string;
  senderName: string | null;
  now?: Date;
  auto?: boolean;
}): Promise<SendRemindersResult> {
  if (!mailEnabled()) return { ok: false, error: "mail-off" };
  const now = options.now ?? new Date();
  const scan = await db.scan.findFirst({
    where: { id: options.scanId, kind: "team" },
    select: { ...ROUND_MAIL_FIELDS, status: true, lastReminderAt: true },
  });
  if (!scan) return { ok: false, error: "not-found" };
  if (isRoundClosed({ status: scan.status, closesAt: scan.closesAt }, now)) return { ok: false, error: "closed" };
  const targets = await reminderTargets(db, scan.id);
  if (targets.length === 0) {
    // Nobody left to remind: the automatic reminder is done (the loop need not look at this round again).
    if (options.auto)
      await db.scan.updateMany({ where: { id: scan.id, autoReminderSentAt: null }, data: { autoReminderSentAt: now } });
    return { ok: true, sent: 0 };
  }
  const since = new Date(now.getTime() - REMINDER_MIN_INTERVAL_MS);
  return db.$transaction(async (tx): Promise<SendRemindersResult> => {
    const { count } = await tx.scan.updateMany({
      where: {
        id: scan.id,
        OR: [{ lastReminderAt: null }, { lastReminderAt: { lte: since } }],
        ...(options.auto ? { autoReminderSentAt: null } : {}),
      },
      data: { lastReminderAt: now, ...(options.auto ? { autoReminderSentAt: now } : {}) },
    });
    if (count !== 1) {
      const last = (await tx.scan.findUnique({ where: { id: scan.id }, select: { lastReminderAt: true } }))
        ?.lastReminderAt;
      return {
        ok: false,
        error: "too-soon",
        nextAt: last ? new Date(last.getTime() + REMINDER_MIN_INTERVAL_MS) : undefined,
      };
    }
    await reserveMail(tx, {
      workspaceId: scan.client?.workspaceId ?? null,
      network: await requestNetwork(),
      count: targets.length,
    });
    for (const target of targets) {
      const content = roundReminderMail({
        locale: target.locale,
        organisationName: scan.organisationName,
        senderName: options.senderName ?? scan.organiserRole,
        link: personalLink(options.origin, target.inviteToken, target.locale),
        closesAt: scan.closesAt,
      });
      await enqueueMail(
        {
          to: target.to,
          locale: target.locale,
          kind: MAIL_KIND.roundReminder,
          ...content,
          refType: MAIL_REF.response,
          refId: target.id,
          workspaceId: scan.client?.workspaceId ?? null,
        },
        tx,
      );
    }
    return { ok: true, sent: targets.length };
  });
}

/** Sends a failed invitation of this round again. */
export async function resendRoundInvitation(options: { scanId: string; mailId: string }): Promise<boolean> {
  const mail = await db.mailOutbox.findUnique({
    where: { id: options.mailId },
    select: { refType: true, refId: true, kind: true },
  });
  if (!mail?.refId || mail.refType !== MAIL_REF.response || mail.kind !== MAIL_KIND.roundInvitation) return false;
  const response = await db.response.findFirst({
    where: { id: mail.refId, scanId: options.scanId },
    select: { id: true },
  });
  if (!response) return false;
  return requeueFailedMail({ mailId: options.mailId, refType: MAIL_REF.response, refIds: [response.id] });
}

/** The automatic reminder: a number of days before the closing date, or null for none. */
export async function setRoundReminderDays(options: { scanId: string; days: number | null }): Promise<boolean> {
  const { count } = await db.scan.updateMany({
    where: { id: options.scanId, kind: "team", status: "open" },
    // The automatic reminder goes out once per round, whatever the setting later becomes: re-arming it on every
    // change let a round without an account send its whole list again each time the setting was toggled.
    data: { reminderDaysBefore: options.days },
  });
  return count === 1;
}

/**
 * The background sender's task (instrumentation-node.ts): sends each round's automatic reminder once it is due.
 * Links need an origin without a request: PUBLIC_URL, else the one stored with the round's invitations.
 */
export async function sendDueAutoReminders(options: { now?: Date } = {}): Promise<number> {
  if (!mailEnabled()) return 0;
  const now = options.now ?? new Date();
  // Only rounds that close within the longest reminder choice can be due, soonest first, so rounds that are not
  // due yet never crowd out those that are; a round without an origin for its links is left out in the query.
  const horizon = new Date(now.getTime() + Math.max(...REMINDER_DAY_CHOICES) * 86_400_000);
  const rounds = await db.scan.findMany({
    where: {
      kind: "team",
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
  for (const round of rounds) {
    if (!autoReminderDue({ ...round, now })) continue;
    const origin = env.PUBLIC_URL ?? round.mailOrigin;
    if (!origin) continue;
    // A round whose workspace may not mail (unverified, or its daily cap reached) is skipped, not the rest.
    const result = await sendRoundReminders({ scanId: round.id, origin, senderName: null, now, auto: true }).catch(
      (error: unknown) => {
        if (error instanceof MailRefusedError) return null;
        throw error;
      },
    );
    if (result?.ok) sent += result.sent;
  }
  return sent;
}
