import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { fillOrganisation } from "@/lib/mirror/wording";
import { getMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { hashToken } from "@/lib/security/hash-token";
import { db } from "@/lib/server/db/db";

/** The three ways a customer reaches a mirror's form: the public link (QR), a mailed personal link, a kiosk. */
export type MirrorLinkKind = "public" | "personal" | "kiosk";
export type MirrorLink = { kind: MirrorLinkKind; token: string };

/** What a mirror's form shows, in the customer's language: plain data a client component can take. */
export type MirrorForm = {
  organisationName: string;
  team: string | null;
  audience: "external" | "internal";
  title: string;
  introduction: string;
  instruction: string;
  estimatedMinutes: number;
  statementCount: number;
  domains: { id: string; name: string; items: { id: string; statement: string }[] }[];
  scale: { value: number; label: string }[];
  dontKnowLabel: string | null;
  notApplicableLabel: string | null;
  /** Null when this mirror does not ask it. */
  nps: { question: string } | null;
  mark: { question: string } | null;
  open: { question: string; maxLength: number } | null;
  /** The segments a customer chooses from; empty when there are none or a personal link fixes the segment. */
  segments: string[];
};

export type MirrorFormResult =
  | { status: "open"; form: MirrorForm }
  | { status: "closed"; organisationName: string }
  /** A personal link that was already used: the customer answered, nothing more to do. */
  | { status: "used"; organisationName: string };

/** The stored mirror row behind a link, with what checks and the form need. */
export type MirrorRow = {
  id: string;
  questionnaireId: string;
  questionnaireVersion: number;
  organisationName: string;
  team: string | null;
  audience: string;
  segments: string;
  askNps: boolean;
  askMark: boolean;
  askOpen: boolean;
  status: string;
  closesAt: Date | null;
};

const MIRROR_SELECT = {
  id: true,
  questionnaireId: true,
  questionnaireVersion: true,
  organisationName: true,
  team: true,
  audience: true,
  segments: true,
  askNps: true,
  askMark: true,
  askOpen: true,
  status: true,
  closesAt: true,
} as const;

/**
 * Finds the mirror behind a link, and for a personal link its invite (fixed segment, used or not). Only the
 * invite token's hash is stored, so the link is looked up by its hash (also among a reminder's earlier links).
 */
export async function findMirrorByLink(
  link: MirrorLink,
): Promise<{ mirror: MirrorRow; invite: { id: string; segment: string | null; used: boolean } | null } | null> {
  if (link.kind === "personal") {
    // The newest link, or one a reminder replaced (MirrorInviteLink): every link mailed to the customer works.
    const tokenHash = hashToken(link.token);
    const invite = await db.mirrorInvite.findFirst({
      where: { OR: [{ tokenHash }, { earlierLinks: { some: { tokenHash } } }] },
      select: { id: true, segment: true, usedAt: true, mirror: { select: MIRROR_SELECT } },
    });
    if (!invite) return null;
    return { mirror: invite.mirror, invite: { id: invite.id, segment: invite.segment, used: invite.usedAt !== null } };
  }
  const mirror = await db.mirror.findFirst({
    where: link.kind === "public" ? { publicToken: link.token } : { kioskToken: link.token },
    select: MIRROR_SELECT,
  });
  return mirror ? { mirror, invite: null } : null;
}

/** A mirror is closed by hand (status) or by its closing date, as a round is. */
export function isMirrorClosed(mirror: Pick<MirrorRow, "status" | "closesAt">, now = new Date()): boolean {
  return isRoundClosed(mirror, now);
}

/** The questionnaire a mirror was opened with, or undefined when its file is gone. */
export function mirrorQuestionnaireOf(mirror: Pick<MirrorRow, "questionnaireId" | "questionnaireVersion">) {
  return getMirrorQuestionnaire(mirror.questionnaireId, mirror.questionnaireVersion);
}

/** The statements grouped per domain (the questionnaire's domain order), with the paired scan's domain names. */
function domainsOf(questionnaire: MirrorQuestionnaire, locale: Locale): MirrorForm["domains"] {
  const paired = getQuestionnaire(questionnaire.pairsWith.id, questionnaire.pairsWith.version);
  return questionnaire.domains
    .map((domain) => {
      const name = paired?.domains.find((d) => d.id === domain.id)?.name;
      return {
        id: domain.id,
        name: name ? localized(name, locale) : domain.id,
        items: questionnaire.items
          .filter((item) => item.domain === domain.id)
          .map((item) => ({ id: item.id, statement: localized(item.statement, locale) })),
      };
    })
    .filter((domain) => domain.items.length > 0);
}

/** The form as the customer sees it, in `locale`. */
export function buildMirrorForm(
  mirror: MirrorRow,
  questionnaire: MirrorQuestionnaire,
  locale: Locale,
  fixedSegment: boolean,
): MirrorForm {
  const audience = mirror.audience === "internal" ? "internal" : "external";
  const { appreciation, scale } = questionnaire;
  // The appreciation questions name whom they are about: a literal placeholder, replaced (no ICU in questionnaire
  // text) by the team for internal customers, else the organisation.
  const about = mirror.team ?? mirror.organisationName;
  const text = (value: Parameters<typeof localized>[0]) => fillOrganisation(localized(value, locale), about);
  return {
    organisationName: mirror.organisationName,
    team: mirror.team,
    audience,
    title: localized(questionnaire.title, locale),
    introduction: localized(questionnaire.introduction, locale),
    instruction: localized(questionnaire.audiences[audience].instruction, locale),
    estimatedMinutes: questionnaire.estimatedMinutes,
    statementCount: questionnaire.items.length,
    domains: domainsOf(questionnaire, locale),
    scale: scale.points.map((point) => ({ value: point.value, label: localized(point.label, locale) })),
    dontKnowLabel: scale.dontKnow ? localized(scale.dontKnow.label, locale) : null,
    notApplicableLabel: scale.notApplicable ? localized(scale.notApplicable.label, locale) : null,
    nps: mirror.askNps ? { question: text(appreciation.nps.question) } : null,
    mark: mirror.askMark ? { question: text(appreciation.mark.question) } : null,
    open: mirror.askOpen
      ? { question: text(appreciation.open.question), maxLength: appreciation.open.maxLength }
      : null,
    segments: fixedSegment ? [] : parseLines(mirror.segments),
  };
}

/** The form behind a link; null for an unknown link (or a mirror whose questionnaire file is gone). */
export async function getMirrorForm(link: MirrorLink, locale: Locale): Promise<MirrorFormResult | null> {
  const found = await findMirrorByLink(link);
  if (!found) return null;
  const { mirror, invite } = found;
  if (invite?.used) return { status: "used", organisationName: mirror.organisationName };
  if (isMirrorClosed(mirror)) return { status: "closed", organisationName: mirror.organisationName };
  const questionnaire = mirrorQuestionnaireOf(mirror);
  if (!questionnaire) return null;
  return { status: "open", form: buildMirrorForm(mirror, questionnaire, locale, invite !== null) };
}

/** The organisation behind a link, for the thank-you pages; null for an unknown link. */
export async function getMirrorOrganisation(link: MirrorLink): Promise<string | null> {
  const found = await findMirrorByLink(link);
  return found?.mirror.organisationName ?? null;
}
