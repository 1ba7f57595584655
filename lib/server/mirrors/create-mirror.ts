import "server-only";
import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import type { MirrorAudience } from "@/lib/questionnaire/mirror-schema";
import { joinLines, parseLines } from "@/lib/scan-rules/round-lists";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";

/** The smallest group behind any published figure of a mirror: never below 5 (docs/anonymity.md). */
export const MIRROR_MIN_GROUP = 5;

/**
 * Who opens a mirror, and so which scans they may pair it with: a consultant of the workspace the scan's client
 * belongs to, or whoever holds a round's organiser link (that round only).
 */
export type MirrorAccess = { workspaceId: string } | { roundToken: string };

/** What the start form asks, parsed (app/actions/mirrors/create-mirror.schema.ts). */
export type CreateMirrorInput = {
  /** The scan or round to pair with; with a round token the round itself (scanId is ignored). */
  scanId: string | null;
  team: string | null;
  audience: MirrorAudience;
  segments: string[];
  askNps: boolean;
  askMark: boolean;
  askOpen: boolean;
  closesAt: Date | null;
  reminderDaysBefore: number | null;
  locale: "nl" | "en";
};

/** A scan a mirror can pair with, as the start form shows it. */
export type MirrorPairing = {
  scanId: string;
  kind: "self" | "team";
  organisationName: string;
  clientId: string | null;
  /** The round's teams (a mirror may be about one of them); none for a self-scan. */
  teams: string[];
  /** false for a round still open: its inside view is not final yet. */
  final: boolean;
  date: Date;
};

const PAIRING_FIELDS = {
  id: true,
  kind: true,
  status: true,
  closesAt: true,
  submittedAt: true,
  createdAt: true,
  organisationName: true,
  clientId: true,
  teams: true,
  client: { select: { workspaceId: true, archivedAt: true } },
} as const;

/**
 * The scan a mirror may be paired with for this caller, or null: a submitted self-scan or a round (closed
 * preferred, open allowed) of a client of the consultant's workspace, or the round behind an organiser link.
 * Nothing else: never another workspace's scan, never an unsubmitted self-scan.
 */
export async function findMirrorPairing(access: MirrorAccess, scanId: string | null): Promise<MirrorPairing | null> {
  const where =
    "roundToken" in access
      ? { organiserToken: access.roundToken, kind: "team" }
      : scanId
        ? { id: scanId, client: { workspaceId: access.workspaceId, archivedAt: null } }
        : null;
  if (!where) return null;
  const scan = await db.scan.findFirst({ where, select: PAIRING_FIELDS });
  if (!scan) return null;
  if (scan.kind === "self" && !scan.submittedAt) return null;
  if (scan.kind !== "self" && scan.kind !== "team") return null;
  const final = scan.kind === "self" || isRoundClosed(scan);
  return {
    scanId: scan.id,
    kind: scan.kind,
    organisationName: scan.organisationName,
    clientId: scan.clientId,
    teams: scan.kind === "team" ? parseLines(scan.teams) : [],
    final,
    date: scan.submittedAt ?? scan.createdAt,
  };
}

export type CreateMirrorResult =
  | { ok: true; organiserToken: string; mirrorId: string }
  | { ok: false; error: "not-found" | "unknown-team" | "unknown-questionnaire" };

/**
 * Opens a customer mirror paired with a scan or round the caller may use: four capabilities (organiser page,
 * public link with its QR code, kiosk, read-only results), the newest mirror questionnaire, a minimum group of 5.
 */
export async function createMirror({
  access,
  input,
}: {
  access: MirrorAccess;
  input: CreateMirrorInput;
}): Promise<CreateMirrorResult> {
  const pairing = await findMirrorPairing(access, input.scanId);
  if (!pairing) return { ok: false, error: "not-found" };
  const team = input.team?.trim() || null;
  const knownTeam = team ? pairing.teams.find((t) => t.toLocaleLowerCase("nl") === team.toLocaleLowerCase("nl")) : null;
  if (team && !knownTeam) return { ok: false, error: "unknown-team" };
  let questionnaire: { id: string; version: number };
  try {
    questionnaire = getLatestMirrorQuestionnaire();
  } catch {
    return { ok: false, error: "unknown-questionnaire" };
  }
  const organiserToken = createToken();
  const mirror = await db.mirror.create({
    data: {
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      organisationName: pairing.organisationName,
      clientId: pairing.clientId,
      pairedScanId: pairing.scanId,
      team: knownTeam ?? null,
      audience: input.audience,
      segments: joinLines(input.segments),
      askNps: input.askNps,
      askMark: input.askMark,
      askOpen: input.askOpen,
      locale: input.locale,
      minGroupSize: MIRROR_MIN_GROUP,
      closesAt: input.closesAt,
      reminderDaysBefore: input.closesAt ? input.reminderDaysBefore : null,
      organiserToken,
      publicToken: createToken(),
      kioskToken: createToken(),
      resultsToken: createToken(),
    },
    select: { id: true },
  });
  return { ok: true, organiserToken, mirrorId: mirror.id };
}
