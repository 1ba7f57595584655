import { absoluteUrl } from "@/lib/links/absolute-url";
import { getMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";

/** The customer-side links of a mirror (routes owned by the respond pages: /c, /c/i, /kiosk). */
export function mirrorPublicLink(origin: string, publicToken: string): string {
  return absoluteUrl({ origin, path: `/c/${publicToken}` });
}

export function mirrorPersonalLink(origin: string, inviteToken: string, locale: string): string {
  return absoluteUrl({ origin, path: `/c/i/${inviteToken}`, lang: locale });
}

export function mirrorKioskLink(origin: string, kioskToken: string): string {
  return absoluteUrl({ origin, path: `/kiosk/${kioskToken}` });
}

/** How long the mirror's questionnaire takes, in minutes (5 until the questionnaire says). */
export function mirrorMinutes(mirror: { questionnaireId: string; questionnaireVersion: number }): number {
  return getMirrorQuestionnaire(mirror.questionnaireId, mirror.questionnaireVersion)?.estimatedMinutes ?? 5;
}
