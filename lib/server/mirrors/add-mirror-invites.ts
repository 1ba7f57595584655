import "server-only";
import { toLocale } from "@/lib/i18n/locale";
import type { MirrorInviteEntry } from "@/lib/mail/mirror-invite-list";
import { mirrorInvitationMail } from "@/lib/mail/templates/mirror-invitation";
import { hashToken } from "@/lib/security/hash-token";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";
import { enqueueMail, requestNetwork } from "@/lib/server/mail/enqueue-mail";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { type MailRefusal, MailRefusedError, reserveMail } from "@/lib/server/mail/mail-quota";
import { mirrorMinutes, mirrorPersonalLink } from "@/lib/server/mirrors/mirror-links";
import { MIRROR_MAIL } from "@/lib/server/mirrors/mirror-mail-kinds";

/** At most this many personal links per mirror (a list, not a mailing campaign). */
export const MIRROR_INVITE_CAP = 2_000;
/** A mirror opened from a round without an account: its mail is not tied to a verified workspace. */
export const ANONYMOUS_MIRROR_INVITE_CAP = 50;

export type AddMirrorInvitesResult =
  | { ok: true; added: number; alreadyInvited: number }
  | { ok: false; error: "mail-off" | "not-found" | "closed" | "cap" | MailRefusal; max?: number };

/**
 * Gives each new address a personal link and queues its invitation, all in one transaction (a refused mail quota
 * stores nothing). Addresses this mirror already has are skipped, so handing in a corrected list again is
 * harmless. Only the token's hash is stored: the link itself exists only in the mail.
 */
export async function addMirrorInvites(options: {
  mirrorId: string;
  entries: readonly MirrorInviteEntry[];
  origin: string;
  senderName: string | null;
}): Promise<AddMirrorInvitesResult> {
  if (!mailEnabled()) return { ok: false, error: "mail-off" };
  const mirror = await db.mirror.findUnique({
    where: { id: options.mirrorId },
    select: {
      id: true,
      status: true,
      closesAt: true,
      organisationName: true,
      locale: true,
      clientId: true,
      questionnaireId: true,
      questionnaireVersion: true,
      client: { select: { workspaceId: true } },
    },
  });
  if (!mirror) return { ok: false, error: "not-found" };
  if (mirror.status !== "open" || (mirror.closesAt && mirror.closesAt <= new Date())) {
    return { ok: false, error: "closed" };
  }
  const cap = mirror.clientId ? MIRROR_INVITE_CAP : ANONYMOUS_MIRROR_INVITE_CAP;
  const workspaceId = mirror.client?.workspaceId ?? null;
  const locale = toLocale(mirror.locale);
  const minutes = mirrorMinutes(mirror);
  const network = await requestNetwork();
  try {
    return await db.$transaction(
      async (tx): Promise<AddMirrorInvitesResult> => {
        // The conditional touch locks the mirror row: a close running at the same time waits for this list (and
        // then deletes its addresses too), or wins first and this list stores nothing.
        const open = await tx.mirror.updateMany({
          where: { id: mirror.id, status: "open" },
          data: { mailOrigin: options.origin },
        });
        if (open.count !== 1) return { ok: false, error: "closed" };
        const existing = await tx.mirrorInvite.findMany({
          where: { mirrorId: mirror.id },
          select: { address: true },
        });
        const known = new Set(existing.flatMap((invite) => (invite.address ? [invite.address] : [])));
        const fresh = options.entries.filter((entry) => !known.has(entry.address));
        if (existing.length + fresh.length > cap) return { ok: false, error: "cap", max: cap };
        await reserveMail(tx, { workspaceId, network, count: fresh.length });
        const now = new Date();
        for (const entry of fresh) {
          const token = createToken();
          const invite = await tx.mirrorInvite.create({
            data: {
              mirrorId: mirror.id,
              address: entry.address,
              tokenHash: hashToken(token),
              segment: entry.segment,
              lastSentAt: now,
            },
            select: { id: true },
          });
          const content = mirrorInvitationMail({
            locale,
            organisationName: mirror.organisationName,
            senderName: options.senderName,
            link: mirrorPersonalLink(options.origin, token, locale),
            minutes,
            closesAt: mirror.closesAt,
          });
          await enqueueMail(
            {
              to: entry.address,
              locale,
              kind: MIRROR_MAIL.invitation,
              ...content,
              refType: MIRROR_MAIL.refType,
              refId: invite.id,
              workspaceId,
              network,
            },
            tx,
          );
        }
        return { ok: true, added: fresh.length, alreadyInvited: options.entries.length - fresh.length };
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
  } catch (error) {
    if (error instanceof MailRefusedError) return { ok: false, error: error.reason };
    throw error;
  }
}
