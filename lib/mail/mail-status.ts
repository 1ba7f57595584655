/**
 * What the consultant sees of the mail about one invitee (or one self-scan): the invitation's state, when it was
 * sent or why it failed, and how many reminders went out. Pure: built from outbox rows.
 */

export type OutboxRow = {
  id: string;
  to: string;
  refId: string | null;
  kind: string;
  status: string;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
};

export type MailState = "none" | "queued" | "sent" | "failed";

export type MailStatus = {
  invitation: MailState;
  /** The latest invitation: its outbox row (to send again) and address. */
  mailId: string | null;
  to: string | null;
  /** When the latest invitation went out. */
  sentAt: Date | null;
  /** Why it failed (or why its last attempt failed, while it is retried). */
  lastError: string | null;
  /** Reminders that went out. */
  reminders: number;
};

export function mailState(status: string): MailState {
  if (status === "sent") return "sent";
  if (status === "failed") return "failed";
  return "queued";
}

/** Per refId: the latest invitation's state and the number of reminders sent. */
export function summariseMail(
  rows: readonly OutboxRow[],
  kinds: { invitation: string; reminder: string },
): Map<string, MailStatus> {
  const byRef = new Map<string, MailStatus>();
  const sorted = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const row of sorted) {
    if (!row.refId) continue;
    const current =
      byRef.get(row.refId) ??
      ({
        invitation: "none",
        mailId: null,
        to: null,
        sentAt: null,
        lastError: null,
        reminders: 0,
      } satisfies MailStatus);
    if (row.kind === kinds.invitation) {
      current.invitation = mailState(row.status);
      current.mailId = row.id;
      current.to = row.to;
      current.sentAt = row.sentAt;
      current.lastError = row.status === "failed" || row.status === "queued" ? row.lastError : null;
    } else if (row.kind === kinds.reminder && row.status === "sent") {
      current.reminders += 1;
    }
    byRef.set(row.refId, current);
  }
  return byRef;
}

/** How many invitations are sent, on their way, and not delivered (for the progress summary). */
export function countMailStates(statuses: Iterable<MailStatus>): { sent: number; queued: number; failed: number } {
  const counts = { sent: 0, queued: 0, failed: 0 };
  for (const status of statuses) if (status.invitation !== "none") counts[status.invitation] += 1;
  return counts;
}
