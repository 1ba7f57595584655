import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on the loopback address for tests (smtp-server), that parses what arrives (mailparser)
 * and keeps it in memory and/or writes each mail as a JSON file into `directory` (the e2e app server runs in
 * another process; tests/e2e/support/mailbox.ts reads the files). No TLS, no authentication: loopback only.
 */

export interface ReceivedMail {
  /** Envelope recipients, lower-case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header lines as received, lower-case names. */
  headers: Record<string, string>;
  receivedAt: string;
}

export interface SmtpSink {
  port: number;
  /** smtp://127.0.0.1:<port> */
  url: string;
  received: ReceivedMail[];
  /** The next `count` messages get a temporary refusal (451) instead of being accepted. */
  refuseNext(count: number): void;
  /** Messages refused so far. */
  refusedCount(): number;
  /** Resolves when `count` mails in total have arrived (or rejects after `timeoutMs`). */
  waitForCount(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  clear(): void;
  stop(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return "";
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(", ");
}

export async function startSmtpSink(options: { port?: number; directory?: string } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let toRefuse = 0;
  let refused = 0;
  let fileCounter = 0;
  const waiters: Array<() => void> = [];
  if (options.directory) mkdirSync(options.directory, { recursive: true });

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    banner: "klantkompas test sink",
    onData(stream, session, callback) {
      const refuse = toRefuse > 0;
      if (refuse) toRefuse -= 1;
      simpleParser(stream).then(
        (parsed) => {
          if (refuse) {
            refused += 1;
            const error = Object.assign(new Error("Test sink refuses this message, try again later"), {
              responseCode: 451,
            });
            callback(error);
            return;
          }
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) headers[line.key.toLowerCase()] = line.line;
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: addresses(parsed.from),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers,
            receivedAt: new Date().toISOString(),
          };
          received.push(mail);
          if (options.directory) {
            fileCounter += 1;
            const name = `${Date.now()}-${process.pid}-${String(fileCounter).padStart(5, "0")}.json`;
            writeFileSync(join(options.directory, name), JSON.stringify(mail, null, 2));
          }
          callback();
          for (const wake of waiters.splice(0)) wake();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });

  const port = await new Promise<number>((resolvePort, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const address = server.server.address();
      resolvePort(typeof address === "object" && address ? address.port : 0);
    });
  });

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(count) {
      toRefuse = count;
    },
    refusedCount: () => refused,
    async waitForCount(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`Expected ${count} mails, ${received.length} arrived`);
        await new Promise<void>((wake) => {
          const timer = setTimeout(wake, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(timer);
            wake();
          });
        });
      }
      return received.slice();
    },
    clear() {
      received.length = 0;
    },
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}
