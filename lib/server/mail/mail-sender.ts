import "server-only";

/**
 * The background sender of one app server: a timer (unref'd, so it never keeps a process alive) that delivers
 * due mail every few seconds, and a nudge that makes it run soon after a mail is queued. Started from
 * instrumentation.ts when mail is on. One run at a time per process; across servers the outbox's conditional
 * claim (deliver-outbox.ts) keeps each mail to one sender. State lives on globalThis because Next.js bundles
 * instrumentation and the routes separately: a nudge from a server action must reach the same loop.
 */

export const MAIL_SENDER_INTERVAL_MS = 5_000;

interface SenderState {
  timer: NodeJS.Timeout | null;
  running: boolean;
  again: boolean;
  /** Extra work the loop does each round (e.g. automatic reminders), registered by whoever needs it. */
  tasks: Array<() => Promise<unknown>>;
}

const globalForSender = globalThis as unknown as { klantkompasMailSender?: SenderState };

function state(): SenderState {
  globalForSender.klantkompasMailSender ??= { timer: null, running: false, again: false, tasks: [] };
  return globalForSender.klantkompasMailSender;
}

async function runOnce(): Promise<void> {
  const sender = state();
  if (sender.running) {
    sender.again = true;
    return;
  }
  sender.running = true;
  try {
    do {
      sender.again = false;
      for (const task of sender.tasks) {
        await task().catch((error: unknown) => console.error("Mail task failed:", error));
      }
      const { deliverDueMail } = await import("@/lib/server/mail/deliver-outbox");
      await deliverDueMail().catch((error: unknown) => console.error("Mail delivery failed:", error));
    } while (sender.again);
  } finally {
    sender.running = false;
  }
}

/** Starts the loop (idempotent). `tasks` run before each delivery round. */
export function startMailSender(options: { intervalMs?: number; tasks?: Array<() => Promise<unknown>> } = {}): void {
  const sender = state();
  for (const task of options.tasks ?? []) if (!sender.tasks.includes(task)) sender.tasks.push(task);
  if (sender.timer) return;
  sender.timer = setInterval(() => void runOnce(), options.intervalMs ?? MAIL_SENDER_INTERVAL_MS);
  sender.timer.unref();
  void runOnce();
}

export function stopMailSender(): void {
  const sender = state();
  if (sender.timer) clearInterval(sender.timer);
  sender.timer = null;
}

/**
 * Asks the running loop to deliver soon. Does nothing where no loop runs (tests, scripts): their mail waits for
 * a sender. Never throws and is never awaited.
 */
export function nudgeMailSender(options: { delayMs?: number } = {}): void {
  if (!state().timer) return;
  const wake = setTimeout(() => void runOnce(), options.delayMs ?? 0);
  wake.unref();
}
