import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReceivedMail } from "@/tests/support/smtp-sink";

/**
 * The mail the e2e app server sent, as the SMTP sink of scripts/test.ts wrote it (one JSON file per mail in
 * E2E_MAIL_DIR). Tests use unique addresses, so they never see each other's mail.
 */

export type { ReceivedMail };

const MAIL_DIR = process.env.E2E_MAIL_DIR ?? join(process.cwd(), ".test-output", "mail");

/** Whether this run has mail on (scripts/test.ts started a sink); specs that need mail skip otherwise. */
export function e2eMailEnabled(): boolean {
  return Boolean(process.env.E2E_SMTP_URL);
}

/** Every mail received so far for `to`, oldest first. */
export function readMailTo(to: string): ReceivedMail[] {
  if (!existsSync(MAIL_DIR)) return [];
  const address = to.toLowerCase();
  return readdirSync(MAIL_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      try {
        return [JSON.parse(readFileSync(join(MAIL_DIR, name), "utf8")) as ReceivedMail];
      } catch {
        return []; // being written
      }
    })
    .filter((mail) => mail.to.includes(address));
}

/** Waits until `count` mails (default 1) to `to` have arrived (optionally with a matching subject); returns them. */
export async function waitForMail(
  to: string,
  options: { count?: number; subject?: RegExp; timeoutMs?: number } = {},
): Promise<ReceivedMail[]> {
  const count = options.count ?? 1;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const mails = readMailTo(to).filter((mail) => !options.subject || options.subject.test(mail.subject));
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) {
      throw new Error(
        `Expected ${count} mail(s) to ${to}${options.subject ? ` matching ${options.subject}` : ""}, got ${mails.length}`,
      );
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
}

/** The first http(s) link in a mail's plain text that contains `pathPart`. */
export function linkInMail(mail: ReceivedMail, pathPart: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart));
  if (!link) throw new Error(`No link containing ${pathPart} in mail "${mail.subject}"`);
  return link;
}
