import "server-only";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import {
  getMirrorCounts,
  getMirrorForOrganiser,
  type MirrorCounts,
  type OrganiserMirror,
} from "@/lib/server/mirrors/get-mirror-for-organiser";
import { mirrorKioskLink, mirrorPublicLink } from "@/lib/server/mirrors/mirror-links";
import { mirrorQrDataUri } from "@/lib/server/mirrors/mirror-qr";

export type MirrorLinks = {
  organiser: string;
  public: string;
  kiosk: string;
  /** The read-only results link to share (never with open answers). */
  results: string;
  /** The organiser's results page (with open answers). */
  resultsPage: `/${string}`;
  poster: `/${string}`;
  qrPng: string;
  qrSvg: string;
  /** The QR code of the public link as an image (data URI). */
  qrImage: string;
};

export type MirrorOrganiserPageData = {
  mirror: OrganiserMirror;
  counts: MirrorCounts;
  links: MirrorLinks;
  mailOn: boolean;
};

/** Everything the organiser page (and the poster) shows, or null for an unknown link. Counts only, never answers. */
export async function loadMirrorOrganiserPage({ token }: { token: string }): Promise<MirrorOrganiserPageData | null> {
  const mirror = await getMirrorForOrganiser(token);
  if (!mirror) return null;
  const [origin, counts] = await Promise.all([getRequestOrigin(), getMirrorCounts(mirror.id)]);
  const publicLink = mirrorPublicLink(origin, mirror.publicToken);
  return {
    mirror,
    counts,
    mailOn: mailEnabled(),
    links: {
      organiser: absoluteUrl({ origin, path: `/mirrors/${token}` }),
      public: publicLink,
      kiosk: mirrorKioskLink(origin, mirror.kioskToken),
      results: absoluteUrl({ origin, path: `/mirror-results/${mirror.resultsToken}` }),
      resultsPage: `/mirrors/${token}/results`,
      poster: `/mirrors/${token}/poster`,
      qrPng: `/api/mirrors/${token}/qr?format=png`,
      qrSvg: `/api/mirrors/${token}/qr?format=svg`,
      qrImage: await mirrorQrDataUri(publicLink),
    },
  };
}

/** The organisation a mirror is for, for the tab's title; null for an unknown link. */
export async function loadMirrorTitle({ token }: { token: string }): Promise<string | null> {
  return (await getMirrorForOrganiser(token))?.organisationName ?? null;
}
