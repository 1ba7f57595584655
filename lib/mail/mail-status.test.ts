import { describe, expect, it } from "vitest";
import { countMailStates, summariseMail } from "@/lib/mail/mail-status";

const kinds = { invitation: "round-invitation", reminder: "round-reminder" };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));
const row = (
  id: string,
  refId: string,
  kind: string,
  status: string,
  minute: number,
  lastError: string | null = null,
) => ({
  id,
  to: `${refId}@example.nl`,
  refId,
  kind,
  status,
  lastError,
  sentAt: status === "sent" ? at(minute) : null,
  createdAt: at(minute),
});

describe("summariseMail", () => {
  it("gives each invitee the latest invitation's state, its reason when failed, and the reminders sent", () => {
    const summary = summariseMail(
      [
        row("m3", "a", "round-reminder", "sent", 30),
        row("m1", "a", "round-invitation", "sent", 1),
        row("m4", "a", "round-reminder", "queued", 40),
        row("m2", "b", "round-invitation", "failed", 2, "550 no such user"),
        row("m5", "c", "round-invitation", "queued", 3, "451 try later"),
      ],
      kinds,
    );
    expect(summary.get("a")).toEqual({
      invitation: "sent",
      mailId: "m1",
      to: "a@example.nl",
      sentAt: at(1),
      lastError: null,
      reminders: 1,
    });
    expect(summary.get("b")).toMatchObject({ invitation: "failed", mailId: "m2", lastError: "550 no such user" });
    expect(summary.get("c")).toMatchObject({ invitation: "queued" });
    expect(countMailStates(summary.values())).toEqual({ sent: 1, queued: 1, failed: 1 });
  });

  it("takes the newest invitation when one was sent again", () => {
    const summary = summariseMail(
      [row("new", "a", "round-invitation", "sent", 9), row("old", "a", "round-invitation", "failed", 1, "x")],
      kinds,
    );
    expect(summary.get("a")).toMatchObject({ invitation: "sent", mailId: "new", lastError: null });
  });
});
