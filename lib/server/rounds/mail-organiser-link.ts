import "server-only";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { MAIL_KIND, MAIL_REF } from "@/lib/mail/mail-kinds";
import { organiserLinkMail } from "@/lib/mail/templates/organiser-link";
import { db } from "@/lib/server/db/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { MailRefusedError } from "@/lib/server/mail/mail-quota";

/** At most this many organiser-link mails per round per 24 hours (besides the daily cap per network). */
export const ORGANISER_LINK_MAILS_PER_DAY = 3;
/** The same address asked again within this time gets no second mail: a double click, a resent form. */
export const ORGANISER_LINK_REPEAT_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type MailOrganiserLinkResult =
  | { ok: true; to: string; repeated: boolean }
  | { ok: false; error: "not-found" | "has-client" | "off" | "too-many" | "daily-limit" };

/**
 * Mails a round's organiser link to `to` (already a valid address), for a round opened without an account: the
 * holder of the organiser link asks for it on the organiser page. Safe to repeat (the same address within
 * ORGANISER_LINK_REPEAT_MS gets one mail), at most ORGANISER_LINK_MAILS_PER_DAY per round, and through
 * enqueueMail, so the daily cap per network holds too. The mail carries the link and the organisation's name
 * only. A round filed under a client is refused: its consultant finds it on the client page.
 */
export async function mailOrganiserLink({
  token,
  to,
  locale,
  origin,
  now = new Date(),
}: {
  token: string;
  to: string;
  locale: "nl" | "en";
  origin: string;
  now?: Date;
}): Promise<MailOrganiserLinkResult> {
  if (!mailEnabled()) return { ok: false, error: "off" };
  const round = await db.scan.findFirst({
    where: { organiserToken: token, kind: "team" },
    select: { id: true, organisationName: true, clientId: true },
  });
  if (!round) return { ok: false, error: "not-found" };
  if (round.clientId) return { ok: false, error: "has-client" };
  try {
    return await db.$transaction(async (tx) => {
      // Touching the round first makes parallel requests for it wait for each other (a row lock on PostgreSQL,
      // the one writer on SQLite), so the count below cannot be passed by requests made at once.
      await tx.scan.update({ where: { id: round.id }, data: { updatedAt: now } });
      const recent = await tx.mailOutbox.findMany({
        where: {
          refType: MAIL_REF.scan,
          refId: round.id,
          kind: MAIL_KIND.organiserLink,
          createdAt: { gte: new Date(now.getTime() - DAY_MS) },
        },
        select: { to: true, createdAt: true },
      });
      const repeat = recent.some(
        (mail) => mail.to === to && mail.createdAt.getTime() >= now.getTime() - ORGANISER_LINK_REPEAT_MS,
      );
      if (repeat) return { ok: true as const, to, repeated: true };
      if (recent.length >= ORGANISER_LINK_MAILS_PER_DAY) return { ok: false as const, error: "too-many" as const };
      const content = organiserLinkMail({
        locale,
        organisationName: round.organisationName,
        link: absoluteUrl({ origin, path: `/rounds/${token}` }),
      });
      await enqueueMail(
        { to, locale, kind: MAIL_KIND.organiserLink, ...content, refType: MAIL_REF.scan, refId: round.id },
        tx,
      );
      return { ok: true as const, to, repeated: false };
    });
  } catch (error) {
    if (error instanceof MailRefusedError) return { ok: false, error: "daily-limit" };
    throw error;
  }
}
