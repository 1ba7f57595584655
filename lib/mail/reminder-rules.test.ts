import { describe, expect, it } from "vitest";
import { autoReminderAt, autoReminderDue, needsReminder, nextReminderAllowedAt } from "@/lib/mail/reminder-rules";

const now = new Date("2026-12-10T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("needsReminder", () => {
  it("reminds an invitee with an address who has not submitted and whose invitation went out", () => {
    expect(needsReminder({ address: "a@example.nl", submitted: false, invitation: "sent" })).toBe(true);
    expect(needsReminder({ address: "a@example.nl", submitted: false, invitation: "queued" })).toBe(true);
  });

  it("never reminds those who submitted, names without an address, or an invitation that failed or never went", () => {
    expect(needsReminder({ address: "a@example.nl", submitted: true, invitation: "sent" })).toBe(false);
    expect(needsReminder({ address: null, submitted: false, invitation: "sent" })).toBe(false);
    expect(needsReminder({ address: "a@example.nl", submitted: false, invitation: "failed" })).toBe(false);
    expect(needsReminder({ address: "a@example.nl", submitted: false, invitation: "none" })).toBe(false);
  });
});

describe("nextReminderAllowedAt", () => {
  it("allows one reminder per hour", () => {
    expect(nextReminderAllowedAt({ lastReminderAt: null, now })).toBeNull();
    expect(nextReminderAllowedAt({ lastReminderAt: hours(-0.5), now })?.toISOString()).toBe(hours(0.5).toISOString());
    expect(nextReminderAllowedAt({ lastReminderAt: hours(-1), now })).toBeNull();
    expect(nextReminderAllowedAt({ lastReminderAt: hours(-3), now })).toBeNull();
  });
});

describe("automatic reminder", () => {
  const round = { status: "open", closesAt: hours(48), reminderDaysBefore: 2, autoReminderSentAt: null };

  it("is due the chosen number of days before the closing date, once, while the round is open", () => {
    expect(autoReminderAt(round)?.toISOString()).toBe(now.toISOString());
    expect(autoReminderDue({ ...round, now })).toBe(true);
    expect(autoReminderDue({ ...round, now: hours(-1) })).toBe(false);
    expect(autoReminderDue({ ...round, now: hours(47) })).toBe(true);
    expect(autoReminderDue({ ...round, autoReminderSentAt: now, now: hours(1) })).toBe(false);
    expect(autoReminderDue({ ...round, status: "closed", now })).toBe(false);
    expect(autoReminderDue({ ...round, now: hours(48) })).toBe(false);
  });

  it("is never due without a closing date or a setting", () => {
    expect(autoReminderDue({ ...round, closesAt: null, now })).toBe(false);
    expect(autoReminderDue({ ...round, reminderDaysBefore: null, now })).toBe(false);
    expect(autoReminderAt({ closesAt: now, reminderDaysBefore: 0 })).toBeNull();
  });
});
