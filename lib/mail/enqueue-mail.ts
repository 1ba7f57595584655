import "server-only";
import { db } from "@/lib/db";
import { mailAddressSchema } from "./mail-address";
import { mailEnabled } from "./mail-config";
import { nudgeMailSender } from "./mail-sender";
import { oneLine } from "./templates/layout";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export interface EnqueueMailOptions {
  /** One recipient; validated again here (mailAddressSchema), so no header can be smuggled in. */
  to: string;
  locale: "nl" | "en";
  /** What it is: "round-invitation", "round-reminder", "scan-invitation", "password-reset", … */
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** What it is about, to show its status there ("response" + id, "scan" + id, …). */
  refType?: string;
  refId?: string;
  workspaceId?: string | null;
}

export class MailInputError extends Error {
  override name = "MailInputError";
}

/**
 * Stores a mail in the outbox (inside `tx` when given, so it is sent only if the rest commits) and nudges the
 * background sender; the page never waits for SMTP. Returns null and stores nothing when mail is off. Only the
 * app's own templates reach this function: callers never pass user-written subjects or bodies.
 */
export async function enqueueMail(options: EnqueueMailOptions, tx?: Tx): Promise<{ id: string } | null> {
  if (!mailEnabled()) return null;
  const to = mailAddressSchema.safeParse(options.to);
  if (!to.success) throw new MailInputError(`Not a valid recipient address: ${JSON.stringify(options.to)}`);
  const row = await (tx ?? db).mailOutbox.create({
    data: {
      to: to.data,
      locale: options.locale,
      kind: options.kind,
      subject: oneLine(options.subject, 250),
      text: options.text,
      html: options.html,
      refType: options.refType ?? null,
      refId: options.refId ?? null,
      workspaceId: options.workspaceId ?? null,
    },
    select: { id: true },
  });
  // Inside a transaction the row is not visible yet: the sender's next round (or its timer) finds it.
  nudgeMailSender({ delayMs: tx ? 500 : 0 });
  return row;
}
