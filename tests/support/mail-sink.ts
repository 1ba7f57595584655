import { afterAll, afterEach, beforeAll } from "vitest";
import { closeMailTransport, deliverDueMail } from "@/lib/server/mail/deliver-outbox";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { type ReceivedMail, type SmtpSink, startSmtpSink } from "@/tests/support/smtp-sink";

// Kept apart from smtp-sink.ts, which the e2e setup also loads and which must not pull in vitest or the mail layer.

const FROM = "Klantkompas <noreply@klantkompas.test>";

/**
 * Mail delivery against a real SMTP sink for one integration test file: started before its tests, emptied (and
 * accepting again) after each test with the mail config pointed back at it, stopped after all. Call at the top level.
 */
export function setUpMailSink() {
  let started: SmtpSink | undefined;
  const current = (): SmtpSink => {
    if (!started) throw new Error("the SMTP sink is used before beforeAll started it");
    return started;
  };
  const mailOn = () => overrideMailConfig({ smtpUrl: current().url, from: FROM });

  beforeAll(async () => {
    started = await startSmtpSink();
    mailOn();
  });
  afterEach(() => {
    current().clear();
    current().refuseNext(0);
    mailOn();
  });
  afterAll(async () => {
    closeMailTransport();
    overrideMailConfig(undefined);
    await current().stop();
  });

  /** Delivers everything due, `limit` per pass, and returns what arrived. */
  async function deliverAll(limit = 100): Promise<ReceivedMail[]> {
    const sink = current();
    const before = sink.received.length;
    let sent = 0;
    for (;;) {
      const result = await deliverDueMail({ limit });
      if (result.sent === 0) break;
      sent += result.sent;
    }
    return sent > 0 ? (await sink.waitForCount(before + sent)).slice(before) : [];
  }

  return { sink: current, mailOn, deliverAll };
}
