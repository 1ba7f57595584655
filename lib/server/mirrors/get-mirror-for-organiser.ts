import "server-only";
import { cache } from "react";
import { parseLines } from "@/lib/scan-rules/round-lists";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { db } from "@/lib/server/db/db";
import { closeMirror } from "@/lib/server/mirrors/close-mirror";
import { mirrorMinutes } from "@/lib/server/mirrors/mirror-links";
import { MIRROR_MAIL } from "@/lib/server/mirrors/mirror-mail-kinds";

const MIRROR_FIELDS = {
  id: true,
  organisationName: true,
  clientId: true,
  team: true,
  audience: true,
  segments: true,
  askNps: true,
  askMark: true,
  askOpen: true,
  locale: true,
  minGroupSize: true,
  status: true,
  closesAt: true,
  closedAt: true,
  createdAt: true,
  organiserToken: true,
  publicToken: true,
  kioskToken: true,
  resultsToken: true,
  reminderDaysBefore: true,
  autoReminderSentAt: true,
  lastReminderAt: true,
  questionnaireId: true,
  questionnaireVersion: true,
  pairedScan: {
    select: {
      id: true,
      kind: true,
      status: true,
      closesAt: true,
      submittedAt: true,
      createdAt: true,
      organiserToken: true,
    },
  },
} as const;

async function findMirror(organiserToken: string) {
  return db.mirror.findUnique({ where: { organiserToken }, select: MIRROR_FIELDS });
}

export type OrganiserMirror = NonNullable<Awaited<ReturnType<typeof findMirror>>> & {
  closed: boolean;
  segmentList: string[];
  minutes: number;
  /** Whether the paired scan's inside view is final (a submitted self-scan or a closed round). */
  pairedFinal: boolean;
};

/**
 * The mirror behind an organiser link, or null. A mirror whose closing date has passed is closed here first
 * (the background tick does the same), so the page never shows a mirror open that no longer takes answers.
 */
export const getMirrorForOrganiser = cache(async (organiserToken: string): Promise<OrganiserMirror | null> => {
  let mirror = await findMirror(organiserToken);
  if (!mirror) return null;
  if (mirror.status === "open" && mirror.closesAt && mirror.closesAt <= new Date()) {
    await closeMirror({ mirrorId: mirror.id });
    mirror = await findMirror(organiserToken);
    if (!mirror) return null;
  }
  const paired = mirror.pairedScan;
  return {
    ...mirror,
    closed: mirror.status === "closed",
    segmentList: parseLines(mirror.segments),
    minutes: mirrorMinutes(mirror),
    pairedFinal: paired.kind === "self" ? paired.submittedAt !== null : isRoundClosed(paired),
  };
});

/** How many answered through each way in, and the personal links: counts only, never anything answered. */
export type MirrorCounts = {
  public: number;
  personal: number;
  kiosk: number;
  total: number;
  invited: number;
  invitesUsed: number;
  invitationsFailed: number;
};

export async function getMirrorCounts(mirrorId: string): Promise<MirrorCounts> {
  const [bySource, invited, invitesUsed, invites] = await Promise.all([
    db.mirrorResponse.groupBy({ by: ["source"], where: { mirrorId }, _count: { _all: true } }),
    db.mirrorInvite.count({ where: { mirrorId } }),
    db.mirrorInvite.count({ where: { mirrorId, usedAt: { not: null } } }),
    db.mirrorInvite.findMany({ where: { mirrorId }, select: { id: true }, take: 5_000 }),
  ]);
  const of = (source: string) => bySource.find((row) => row.source === source)?._count._all ?? 0;
  let invitationsFailed = 0;
  const ids = invites.map((invite) => invite.id);
  for (let start = 0; start < ids.length; start += 500) {
    invitationsFailed += await db.mailOutbox.count({
      where: {
        refType: MIRROR_MAIL.refType,
        refId: { in: ids.slice(start, start + 500) },
        kind: MIRROR_MAIL.invitation,
        status: "failed",
      },
    });
  }
  const counts = { public: of("public"), personal: of("personal"), kiosk: of("kiosk") };
  return { ...counts, total: counts.public + counts.personal + counts.kiosk, invited, invitesUsed, invitationsFailed };
}

/** A client's mirrors for its page: newest first, with the paired scan and how many answered (a count only). */
export async function listMirrorsOfClient(options: { workspaceId: string; clientId: string }) {
  const mirrors = await db.mirror.findMany({
    where: { clientId: options.clientId, client: { workspaceId: options.workspaceId } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      createdAt: true,
      status: true,
      closesAt: true,
      team: true,
      audience: true,
      organiserToken: true,
      pairedScan: { select: { kind: true, submittedAt: true, createdAt: true } },
      _count: { select: { responses: true } },
    },
  });
  const now = new Date();
  return mirrors.map((mirror) => ({
    id: mirror.id,
    createdAt: mirror.createdAt,
    closed: mirror.status === "closed" || (mirror.closesAt !== null && mirror.closesAt <= now),
    team: mirror.team,
    audience: mirror.audience,
    organiserToken: mirror.organiserToken,
    pairedKind: mirror.pairedScan.kind,
    pairedDate: mirror.pairedScan.submittedAt ?? mirror.pairedScan.createdAt,
    respondents: mirror._count.responses,
  }));
}

/** The client's scans a mirror can pair with: submitted self-scans and rounds (closed first), newest first. */
export async function listPairableScans(options: { workspaceId: string; clientId: string }) {
  const scans = await db.scan.findMany({
    where: {
      clientId: options.clientId,
      client: { workspaceId: options.workspaceId },
      OR: [{ kind: "self", submittedAt: { not: null } }, { kind: "team" }],
    },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, kind: true, status: true, closesAt: true, submittedAt: true, createdAt: true },
  });
  return scans
    .map((scan) => ({
      id: scan.id,
      kind: scan.kind,
      final: scan.kind === "self" || isRoundClosed(scan),
      date: scan.submittedAt ?? scan.createdAt,
    }))
    .sort((a, b) => Number(b.final) - Number(a.final));
}
