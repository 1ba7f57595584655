import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/mail-backoff";
import { db } from "@/lib/server/db/db";
import { closeMailTransport, deliverDueMail, MAIL_LOCK_MS } from "@/lib/server/mail/deliver-outbox";
import { enqueueMail, MailInputError } from "@/lib/server/mail/enqueue-mail";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { startMailSender, stopMailSender } from "@/lib/server/mail/mail-sender";
import { type SmtpSink, startSmtpSink } from "@/tests/support/smtp-sink";

// The outbox against a real SMTP server on loopback (tests/support/smtp-sink.ts).

let sink: SmtpSink;
const FROM = "Klantkompas <noreply@klantkompas.test>";

beforeAll(async () => {
  sink = await startSmtpSink();
  overrideMailConfig({ smtpUrl: sink.url, from: FROM });
  // The counts below are of this file's mails only: nothing an earlier file left queued.
  await db.mailOutbox.deleteMany({});
});

afterEach(async () => {
  sink.clear();
  sink.refuseNext(0);
  await db.mailOutbox.deleteMany({});
});

afterAll(async () => {
  closeMailTransport();
  overrideMailConfig(undefined);
  await sink.stop();
});

const address = () => `p-${randomUUID().slice(0, 8)}@example.test`;
const mail = (to: string, subject = "Hallo") => ({
  to,
  locale: "nl" as const,
  kind: "test",
  subject,
  text: `Tekst voor ${to}`,
  html: `<p>Tekst voor ${to}</p>`,
});

describe("enqueueMail and deliverDueMail", () => {
  it("stores a mail and sends it once, from MAIL_FROM, as text and HTML", async () => {
    const to = address();
    const row = await enqueueMail({ ...mail(to), refType: "response", refId: "r1", workspaceId: null });
    expect(row?.id).toBeTruthy();
    expect(await deliverDueMail()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [received] = await sink.waitForCount(1);
    expect(received).toMatchObject({ to: [to], subject: "Hallo" });
    // A mail without a workspace is sent on behalf of an unverified organiser, and says so (lib/server/mail/mail-quota.ts).
    expect(received?.text).toMatch(new RegExp(`^Tekst voor ${to}\\n.*Klantkompas heeft niet gecontroleerd`, "s"));
    expect(received?.from).toContain("noreply@klantkompas.test");
    expect(received?.html).toContain(`<p>Tekst voor ${to}</p>`);
    const stored = await db.mailOutbox.findUniqueOrThrow({ where: { id: row?.id } });
    expect(stored).toMatchObject({ status: "sent", attempts: 1, lastError: null, refType: "response", refId: "r1" });
    // Its links do not outlive the sending in the database.
    expect(stored).toMatchObject({ text: "", html: "" });
    expect(await deliverDueMail()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("stores nothing and returns null when mail is off", async () => {
    overrideMailConfig(null);
    try {
      expect(await enqueueMail(mail(address()))).toBeNull();
      expect(await deliverDueMail()).toEqual({ sent: 0, retried: 0, failed: 0 });
    } finally {
      overrideMailConfig({ smtpUrl: sink.url, from: FROM });
    }
    expect(await db.mailOutbox.count()).toBe(0);
  });

  it("refuses an address with a line break, so no header can be added", async () => {
    await expect(enqueueMail(mail("a@example.test\r\nBcc: victim@example.test"))).rejects.toThrow(MailInputError);
    await expect(enqueueMail(mail("not an address"))).rejects.toThrow(MailInputError);
    expect(await db.mailOutbox.count()).toBe(0);
    // A line break in a subject becomes a space.
    const to = address();
    await enqueueMail(mail(to, "Hallo\r\nBcc: victim@example.test"));
    await deliverDueMail();
    const [received] = await sink.waitForCount(1);
    expect(received?.subject).toBe("Hallo Bcc: victim@example.test");
    expect(received?.headers.bcc).toBeUndefined();
    expect(received?.to).toEqual([to]);
  });

  it("retries after the server refused, with the error kept, and gives up after the last attempt", async () => {
    const to = address();
    const row = await enqueueMail(mail(to));
    sink.refuseNext(1);
    const start = new Date();
    expect(await deliverDueMail({ now: start })).toEqual({ sent: 0, retried: 1, failed: 0 });
    let stored = await db.mailOutbox.findUniqueOrThrow({ where: { id: row?.id } });
    expect(stored.status).toBe("queued");
    expect(stored.attempts).toBe(1);
    expect(stored.lastError).toMatch(/451/);
    expect(stored.nextAttemptAt.getTime() - start.getTime()).toBe(60_000);
    // Not due yet.
    expect(await deliverDueMail({ now: new Date(start.getTime() + 30_000) })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(await deliverDueMail({ now: new Date(start.getTime() + 61_000) })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect((await sink.waitForCount(1))[0]?.to).toEqual([to]);
    stored = await db.mailOutbox.findUniqueOrThrow({ where: { id: row?.id } });
    expect(stored).toMatchObject({ status: "sent", attempts: 2, lastError: null });

    const failing = await enqueueMail(mail(address()));
    sink.refuseNext(100);
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      await deliverDueMail({ now });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    stored = await db.mailOutbox.findUniqueOrThrow({ where: { id: failing?.id } });
    expect(stored).toMatchObject({ status: "failed", attempts: MAX_MAIL_ATTEMPTS });
    expect(stored.lastError).toMatch(/refuses/);
    expect(await deliverDueMail({ now })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("sends each mail once when two delivery loops run at the same time", async () => {
    const recipients = Array.from({ length: 12 }, address);
    for (const to of recipients) await enqueueMail(mail(to));
    const results = await Promise.all([deliverDueMail({ limit: 50 }), deliverDueMail({ limit: 50 })]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(12);
    const received = await sink.waitForCount(12);
    await new Promise((wait) => setTimeout(wait, 200));
    expect(sink.received).toHaveLength(12);
    expect(received.flatMap((m) => m.to).sort()).toEqual([...recipients].sort());
  });

  it("takes over a mail whose sender died once its lock has expired, not before", async () => {
    const to = address();
    const row = await enqueueMail(mail(to));
    const now = new Date();
    // A sender claimed it and died.
    await db.mailOutbox.update({
      where: { id: row?.id },
      data: { status: "sending", claimedBy: "dead", attempts: 1, lockedUntil: new Date(now.getTime() + MAIL_LOCK_MS) },
    });
    expect((await deliverDueMail({ now })).sent).toBe(0);
    expect((await deliverDueMail({ now: new Date(now.getTime() + MAIL_LOCK_MS + 1000) })).sent).toBe(1);
    expect((await sink.waitForCount(1))[0]?.to).toEqual([to]);
    expect(await db.mailOutbox.findUniqueOrThrow({ where: { id: row?.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
    });
  });

  it("the background sender delivers what is queued soon after, without anyone waiting for it", async () => {
    const to = address();
    // Before it runs, a queued mail waits (tests and scripts have no sender of their own).
    await enqueueMail(mail(to));
    await new Promise((wait) => setTimeout(wait, 200));
    expect(sink.received).toHaveLength(0);
    startMailSender({ intervalMs: 60_000 });
    try {
      // Started: it sends what was waiting at once, and a new mail after the nudge, long before the timer.
      await sink.waitForCount(1, 5_000);
      const later = address();
      await enqueueMail(mail(later));
      const received = await sink.waitForCount(2, 5_000);
      expect(received.map((m) => m.to[0])).toEqual([to, later]);
    } finally {
      stopMailSender();
    }
  });
});
