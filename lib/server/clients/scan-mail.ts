import "server-only";
import { toLocale } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { MAIL_KIND, MAIL_REF } from "@/lib/mail/mail-kinds";
import { type MailStatus, summariseMail } from "@/lib/mail/mail-status";
import { needsReminder, REMINDER_MIN_INTERVAL_MS } from "@/lib/mail/reminder-rules";
import { scanInvitationMail } from "@/lib/mail/templates/scan-invitation";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { db } from "@/lib/server/db/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { requeueFailedMail } from "@/lib/server/mail/requeue-mail";

/**
 * Mail of a client's self-scan: the invitation to the respondent's address, a reminder while it is not
 * submitted, and its state on the client page. Always within the consultant's workspace.
 */

export function scanLink(origin: string, resumeToken: string, locale: string): string {
  return absoluteUrl({ origin, path: `/scan/${resumeToken}`, lang: locale });
}

/** A self-scan of one of the workspace's clients, with what its mail needs. */
async function findSelfScan(workspaceId: string, scanId: string, clientId?: string) {
  return db.scan.findFirst({
    where: { id: scanId, kind: "self", client: { workspaceId, ...(clientId ? { id: clientId } : {}) } },
    select: {
      id: true,
      organisationName: true,
      questionnaireId: true,
      questionnaireVersion: true,
      locale: true,
      submittedAt: true,
      lastReminderAt: true,
      responses: { take: 1, select: { resumeToken: true, status: true } },
    },
  });
}

function mailContent(
  scan: NonNullable<Awaited<ReturnType<typeof findSelfScan>>>,
  options: { origin: string; senderName: string | null; reminder: boolean },
) {
  const questionnaire = getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  const resumeToken = scan.responses[0]?.resumeToken;
  if (!questionnaire || !resumeToken) return null;
  const locale = toLocale(scan.locale);
  return {
    locale,
    ...scanInvitationMail({
      locale,
      organisationName: scan.organisationName,
      senderName: options.senderName,
      kind: questionnaire.kind === "quick" ? "quick" : "full",
      minutes: questionnaire.estimatedMinutes,
      link: scanLink(options.origin, resumeToken, locale),
      reminder: options.reminder,
    }),
  };
}

/** Queues the invitation of a self-scan just started for a client. Null when mail is off. */
export async function queueScanInvitation(options: {
  workspaceId: string;
  scanId: string;
  to: string;
  origin: string;
  senderName: string | null;
}): Promise<{ id: string } | null> {
  if (!mailEnabled()) return null;
  const scan = await findSelfScan(options.workspaceId, options.scanId);
  if (!scan) return null;
  const content = mailContent(scan, { ...options, reminder: false });
  if (!content) return null;
  return enqueueMail({
    to: options.to,
    kind: MAIL_KIND.scanInvitation,
    ...content,
    refType: MAIL_REF.scan,
    refId: scan.id,
    workspaceId: options.workspaceId,
  });
}

/** The mail state of a client's self-scans, by scan id (only scans that were mailed). */
export async function listScanMail(options: {
  workspaceId: string;
  scanIds: readonly string[];
}): Promise<Map<string, MailStatus>> {
  if (options.scanIds.length === 0) return new Map();
  const rows = await db.mailOutbox.findMany({
    where: { refType: MAIL_REF.scan, refId: { in: [...options.scanIds] }, workspaceId: options.workspaceId },
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
  return summariseMail(rows, { invitation: MAIL_KIND.scanInvitation, reminder: MAIL_KIND.scanReminder });
}

export type ScanReminderResult =
  | { ok: true; sent: number }
  | { ok: false; error: "mail-off" | "not-found" | "too-soon"; nextAt?: Date };

/** A reminder to the address the invitation went to, unless submitted; at most one per hour (one conditional update). */
export async function sendScanReminder(options: {
  workspaceId: string;
  clientId: string;
  scanId: string;
  origin: string;
  senderName: string | null;
  now?: Date;
}): Promise<ScanReminderResult> {
  if (!mailEnabled()) return { ok: false, error: "mail-off" };
  const now = options.now ?? new Date();
  const scan = await findSelfScan(options.workspaceId, options.scanId, options.clientId);
  if (!scan) return { ok: false, error: "not-found" };
  const status = (await listScanMail({ workspaceId: options.workspaceId, scanIds: [scan.id] })).get(scan.id);
  const submitted = scan.submittedAt !== null || scan.responses[0]?.status === "submitted";
  const to = status?.to ?? null;
  if (!to || !needsReminder({ address: to, submitted, invitation: status?.invitation ?? "none" })) {
    return { ok: true, sent: 0 };
  }
  const content = mailContent(scan, { origin: options.origin, senderName: options.senderName, reminder: true });
  if (!content) return { ok: false, error: "not-found" };
  const since = new Date(now.getTime() - REMINDER_MIN_INTERVAL_MS);
  return db.$transaction(async (tx): Promise<ScanReminderResult> => {
    const { count } = await tx.scan.updateMany({
      where: { id: scan.id, submittedAt: null, OR: [{ lastReminderAt: null }, { lastReminderAt: { lte: since } }] },
      data: { lastReminderAt: now },
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
    await enqueueMail(
      {
        to,
        kind: MAIL_KIND.scanReminder,
        ...content,
        refType: MAIL_REF.scan,
        refId: scan.id,
        workspaceId: options.workspaceId,
      },
      tx,
    );
    return { ok: true, sent: 1 };
  });
}

/** Sends a failed invitation of one of the workspace's self-scans again. */
export async function resendScanInvitation(options: {
  workspaceId: string;
  clientId: string;
  scanId: string;
}): Promise<boolean> {
  const scan = await findSelfScan(options.workspaceId, options.scanId, options.clientId);
  if (!scan) return false;
  const status = (await listScanMail({ workspaceId: options.workspaceId, scanIds: [scan.id] })).get(scan.id);
  if (status?.invitation !== "failed" || !status.mailId) return false;
  return requeueFailedMail({ mailId: status.mailId, refType: MAIL_REF.scan, refIds: [scan.id] });
}
