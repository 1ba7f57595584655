import "server-only";
import { env } from "@/lib/env";
import { addNoticeAboveFooter, type MailContent, type MailLocale } from "@/lib/mail/templates/layout";
import { addressKey } from "@/lib/security/client-address";
import type { db, Tx } from "@/lib/server/db/db";

/**
 * What may leave for whom (issue 15, finding 3; docs/security.md "Mail: verified senders and daily caps").
 * Every mail passes enqueueMail, which asks this module first, so every sender — invitations, reminders,
 * colleague invitations, self-scan invites and any kind added later — is held to it:
 * - account mail to the account's own address (password reset, address verification) is not capped here; it
 *   has its own throttles;
 * - every other mail of a workspace needs an owner of that workspace with a verified address;
 * - per UTC day at most MAIL_DAILY_CAP_WORKSPACE (500) per workspace and MAIL_DAILY_CAP_NETWORK (1000) per
 *   network (the request's IP address, IPv6 /64), counted in MailQuota in the transaction that stores the mail,
 *   so a request is refused whole (nothing of it is stored) and parallel requests cannot overshoot (the counter
 *   row's update is the lock);
 * - the mail says who sent it, from what the app verified: the workspace and its owner's verified address, or
 *   for a round opened without an account, that the organiser is not verified.
 */

/** Mail to an account's own address; everything else counts as invitation or reminder mail. */
export const ACCOUNT_MAIL_KINDS: ReadonlySet<string> = new Set(["password-reset", "email-verification"]);

export type MailRefusal = "unverified" | "daily-limit";

/** A typed refusal the actions turn into a message ("verify your address first", "daily mail limit reached"). */
export class MailRefusedError extends Error {
  override name = "MailRefusedError";
  constructor(readonly reason: MailRefusal) {
    super(reason === "unverified" ? "The workspace has no verified address yet." : "The daily mail limit is reached.");
  }
}

/** The i18n message for a refusal (namespace `mail`, in lib/i18n/messages). */
export const MAIL_REFUSAL_MESSAGE: Record<MailRefusal, string> = {
  unverified: "mail.errors.unverified",
  "daily-limit": "mail.errors.dailyLimit",
};

let capsOverride: { workspace: number; network: number } | undefined;

export function dailyCaps(): { workspace: number; network: number } {
  return capsOverride ?? { workspace: env.MAIL_DAILY_CAP_WORKSPACE, network: env.MAIL_DAILY_CAP_NETWORK };
}

/** Tests only: other caps than the environment's (undefined: back to the environment). */
export function overrideDailyCaps(caps: { workspace: number; network: number } | undefined): void {
  capsOverride = caps;
}

const utcDay = (now: Date) => now.toISOString().slice(0, 10);

export const workspaceQuotaKey = (workspaceId: string, now = new Date()) => `workspace:${workspaceId}:${utcDay(now)}`;
export const networkQuotaKey = (ip: string, now = new Date()) => `network:${addressKey(ip)}:${utcDay(now)}`;

/** The workspace's verified owner, whose address the mail names; null when no owner has verified. */
async function verifiedOwner(client: Tx | typeof db, workspaceId: string) {
  const owner = await client.membership.findFirst({
    where: { workspaceId, role: "owner", user: { emailVerified: true } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } }, workspace: { select: { name: true } } },
  });
  return owner ? { email: owner.user.email, workspaceName: owner.workspace.name } : null;
}

/** Raises one day's counter by `by`; refuses (and the caller's transaction rolls back) past the cap. */
async function count(tx: Tx, key: string, cap: number, now: Date, by = 1): Promise<void> {
  const row = await tx.mailQuota.upsert({
    where: { key },
    create: { key, day: utcDay(now), count: by },
    update: { count: { increment: by } },
    select: { count: true },
  });
  if (row.count > cap) throw new MailRefusedError("daily-limit");
}

/**
 * Per transaction: the verified owner already looked up, and mails already counted by reserveMail (by quota key),
 * so a list of 300 invitations costs one count per key instead of 300.
 */
type TxState = { owners: Map<string, Awaited<ReturnType<typeof verifiedOwner>>>; reserved: Map<string, number> };
const txStates = new WeakMap<object, TxState>();
function stateOf(tx: Tx): TxState {
  let state = txStates.get(tx);
  if (!state) {
    state = { owners: new Map(), reserved: new Map() };
    txStates.set(tx, state);
  }
  return state;
}

async function ownerOf(tx: Tx, workspaceId: string) {
  const state = stateOf(tx);
  if (!state.owners.has(workspaceId)) state.owners.set(workspaceId, await verifiedOwner(tx, workspaceId));
  return state.owners.get(workspaceId) ?? null;
}

/** Counts one mail under `key`: from a reservation made in this transaction, else one count of its own. */
async function take(tx: Tx, key: string, cap: number, now: Date): Promise<void> {
  const reserved = stateOf(tx).reserved;
  const left = reserved.get(key) ?? 0;
  if (left > 0) {
    reserved.set(key, left - 1);
    return;
  }
  await count(tx, key, cap, now);
}

/**
 * For a sender about to enqueue `count` invitations or reminders in `tx` (a list of personal links): checks the
 * workspace and counts them all at once; the enqueueMail calls that follow in `tx` use this reservation. Refuses
 * like enqueueMail would, before anything is stored.
 */
export async function reserveMail(
  tx: Tx,
  options: { workspaceId: string | null; network: string | null; count: number },
  now = new Date(),
): Promise<void> {
  if (options.count <= 0) return;
  const caps = dailyCaps();
  const reserved = stateOf(tx).reserved;
  if (options.workspaceId) {
    if (!(await ownerOf(tx, options.workspaceId))) throw new MailRefusedError("unverified");
    const key = workspaceQuotaKey(options.workspaceId, now);
    await count(tx, key, caps.workspace, now, options.count);
    reserved.set(key, (reserved.get(key) ?? 0) + options.count);
  }
  if (options.network) {
    const key = networkQuotaKey(options.network, now);
    await count(tx, key, caps.network, now, options.count);
    reserved.set(key, (reserved.get(key) ?? 0) + options.count);
  }
}

const NOTICE = {
  nl: {
    verified: (workspace: string, email: string) =>
      `Verzonden vanuit de Klantkompas-werkruimte "${workspace}", van het geverifieerde adres ${email}.`,
    unverified:
      "Verzonden namens een organisator zonder account: Klantkompas heeft niet gecontroleerd wie dat is. Vertrouw je deze mail niet, open de link dan niet.",
  },
  en: {
    verified: (workspace: string, email: string) =>
      `Sent from the Klantkompas workspace "${workspace}", whose address ${email} is verified.`,
    unverified:
      "Sent on behalf of an organiser without an account: Klantkompas has not verified who that is. If you do not trust this e-mail, do not open the link.",
  },
} as const;

/**
 * Checks and counts one invitation or reminder inside `tx`, and returns its content with the sender notice.
 * Throws MailRefusedError when it may not go; the caller's transaction then stores nothing.
 */
export async function admitMail(
  tx: Tx,
  mail: { kind: string; locale: MailLocale; workspaceId: string | null; network: string | null; content: MailContent },
  now = new Date(),
): Promise<MailContent> {
  if (ACCOUNT_MAIL_KINDS.has(mail.kind)) return mail.content;
  const caps = dailyCaps();
  let notice: string = NOTICE[mail.locale].unverified;
  if (mail.workspaceId) {
    const owner = await ownerOf(tx, mail.workspaceId);
    if (!owner) throw new MailRefusedError("unverified");
    notice = NOTICE[mail.locale].verified(owner.workspaceName, owner.email);
    await take(tx, workspaceQuotaKey(mail.workspaceId, now), caps.workspace, now);
  }
  if (mail.network) await take(tx, networkQuotaKey(mail.network, now), caps.network, now);
  return addNoticeAboveFooter(mail.content, notice);
}
