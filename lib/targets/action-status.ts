// The life of an agreed action: four statuses, none of them final, and "overdue" as a derived state.

export const ACTION_STATUSES = ["not_started", "in_progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === "string" && (ACTION_STATUSES as readonly string[]).includes(value);
}

/** Still to be carried out: not started or in progress. Done and dropped actions are closed. */
export function isOpenStatus(status: string): boolean {
  return status === "not_started" || status === "in_progress";
}

/**
 * Overdue: still open and due before `today` (a calendar date, YYYY-MM-DD, where the consultant works). The
 * due date is a day, stored as midnight UTC, so it is compared as a day too: due today is not overdue yet.
 */
export function isOverdue(action: { status: string; dueDate: Date | null }, today: string): boolean {
  if (!action.dueDate || !isOpenStatus(action.status)) return false;
  return dayOf(action.dueDate) < today;
}

/** The calendar day of a stored date-only value (midnight UTC), as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The fields a status change writes: nothing when the status stays the same (so a repeated save leaves the
 * dates alone), otherwise the moment it changed, and doneAt set on "done" and cleared when it leaves "done".
 */
export function statusChangeFields(
  from: ActionStatus,
  to: ActionStatus,
  now: Date,
): { status: ActionStatus; statusChangedAt: Date; doneAt: Date | null } | null {
  if (from === to) return null;
  return { status: to, statusChangedAt: now, doneAt: to === "done" ? now : null };
}
