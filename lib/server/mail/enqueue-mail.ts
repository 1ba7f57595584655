import "server-only";
import { mailAddressSchema } from "@/lib/mail/mail-address";
import { oneLine } from "@/lib/mail/templates/layout";
import { db, type Tx } from "@/lib/server/db/db";
import { getClientAddress } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { admitMail } from "@/lib/server/mail/mail-quota";
import { nudgeMailSender } from "@/lib/server/mail/mail-sender";

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
  /**
   * The network the request came from, for the daily cap per network. Default: the current request's client
   * address; none outside a request (the background sender's automatic reminders).
   */
  network?: string | null;
}

export class MailInputError extends Error {
  override name = "MailInputError";
}

/**
 * Stores a mail in the outbox (inside `tx` when given, so it is sent only if the rest commits) and nudges the
 * background sender; the page never waits for SMTP. Returns null and stores nothing when mail is off. Only the
 * app's own templates reach this function: callers never pass user-written subjects or bodies.
 *
 * Every invitation and reminder is admitted first (lib/server/mail/mail-quota.ts): a workspace without a verified owner
 * sends nothing, and the daily caps per workspace and per network are counted in the same transaction. A refusal
 * throws MailRefusedError; inside `tx` the caller's whole transaction, and so the whole request, stores nothing.
 */
export async function enqueueMail(options: EnqueueMailOptions, tx?: Tx): Promise<{ id: string } | null> {
  if (!mailEnabled()) return null;
  const to = mailAddressSchema.safeParse(options.to);
  if (!to.success) throw new MailInputError(`Not a valid recipient address: ${JSON.stringify(options.to)}`);
  const network = options.network !== undefined ? options.network : await requestNetwork();
  const store = async (client: Tx) => {
    const content = await admitMail(client, {
      kind: options.kind,
      locale: options.locale,
      workspaceId: options.workspaceId ?? null,
      network,
      content: { subject: options.subject, text: options.text, html: options.html },
    });
    return client.mailOutbox.create({
      data: {
        to: to.data,
        locale: options.locale,
        kind: options.kind,
        subject: oneLine(content.subject, 250),
        text: content.text,
        html: content.html,
        refType: options.refType ?? null,
        refId: options.refId ?? null,
        workspaceId: options.workspaceId ?? null,
      },
      select: { id: true },
    });
  };
  const row = tx ? await store(tx) : await db.$transaction(store);
  // Inside a transaction the row is not visible yet: the sender's next round (or its timer) finds it.
  nudgeMailSender({ delayMs: tx ? 500 : 0 });
  return row;
}

/** The current request's client address; null outside a request (next/headers throws there). */
export async function requestNetwork(): Promise<string | null> {
  try {
    return await getClientAddress();
  } catch {
    return null;
  }
}
