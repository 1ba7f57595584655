/**
 * When reminders may go out and to whom. Pure: no Next, no Prisma. Reminders go only to invitees with an address
 * who have not submitted; at most one reminder per scan per hour (by hand or automatic), so a double click or two
 * servers send one; the automatic reminder goes once, `reminderDaysBefore` days before the closing date.
 */

export const REMINDER_MIN_INTERVAL_MS = 3_600_000;

/** The choices for the automatic reminder, in days before the closing date. */
export const REMINDER_DAY_CHOICES = [1, 2, 3, 5, 7] as const;

export type ReminderInvitee = {
  /** The address the invitation went to; null: a name only (no mail). */
  address: string | null;
  submitted: boolean;
  /** State of the invitation mail; a failed invitation is resent, not reminded. */
  invitation: "none" | "queued" | "sent" | "failed";
};

/** Who gets a reminder: an address, not submitted, and an invitation that was sent (or is on its way). */
export function needsReminder(invitee: ReminderInvitee): boolean {
  if (invitee.submitted || invitee.address === null) return false;
  return invitee.invitation === "sent" || invitee.invitation === "queued";
}

/** The earliest time the next reminder may go, or null when it may go now. */
export function nextReminderAllowedAt(options: { lastReminderAt: Date | null; now: Date }): Date | null {
  const { lastReminderAt, now } = options;
  if (!lastReminderAt) return null;
  const next = new Date(lastReminderAt.getTime() + REMINDER_MIN_INTERVAL_MS);
  return next > now ? next : null;
}

/** The moment the automatic reminder is due, or null when the round has none. */
export function autoReminderAt(options: { closesAt: Date | null; reminderDaysBefore: number | null }): Date | null {
  const { closesAt, reminderDaysBefore } = options;
  if (!closesAt || reminderDaysBefore === null || reminderDaysBefore <= 0) return null;
  return new Date(closesAt.getTime() - reminderDaysBefore * 86_400_000);
}

/** Whether the automatic reminder should go now: set, not sent yet, due, the round still open. */
export function autoReminderDue(options: {
  status: string;
  closesAt: Date | null;
  reminderDaysBefore: number | null;
  autoReminderSentAt: Date | null;
  now: Date;
}): boolean {
  const at = autoReminderAt(options);
  if (!at || options.autoReminderSentAt || options.status !== "open") return false;
  if (!options.closesAt || options.closesAt <= options.now) return false;
  return at <= options.now;
}
