import "server-only";
import type { Sector, SizeBand } from "@/lib/clients/options";
import type { Locale } from "@/lib/i18n/locales";
import { getLatestByKind, getQuestionnaire } from "@/lib/questionnaire/registry";
import type { RespondentRole } from "@/lib/schemas/scan";
import { answersForProfile } from "@/lib/seed/answers-for-profile";
import { startClientScan } from "@/lib/server/clients/client-scans";
import { createClient } from "@/lib/server/clients/manage-clients";
import { db } from "@/lib/server/db/db";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";

export type SeedScan = {
  kind: "full" | "quick";
  /** When the scan was submitted; omitted for a scan still being answered (then ~60 % is answered). */
  submittedAt?: Date;
  /** Score (0–100) each domain should land near; domains left out land near 50. */
  targets: Readonly<Record<string, number>>;
  role: RespondentRole;
  team?: string;
  locale?: Locale;
  /** Answer-profile seed; by default derived from the scan's position, so the data is deterministic. */
  seed?: number;
  /** Share of "don't know" answers (default 0.05). */
  notApplicableRate?: number;
  /**
   * An earlier questionnaire version (default: the newest, as the app starts scans), for a history that
   * crosses a version break or for data only an earlier version has (reverse-worded statements, v1/v2).
   */
  version?: number;
};

/** scanIds are the ids of the scans, in the order given. */
export type SeededClient = { clientId: string; scanIds: string[] };

const DAY = 86_400_000;

/**
 * A client with a history of scans, made through the same data layer as the app (start, answer,
 * submit), then dated back: each scan was started a few days before its submittedAt.
 */
export async function createClientWithHistory({
  workspaceId,
  name,
  sector,
  sizeBand,
  notes = "",
  scans,
  seed = 1,
}: {
  workspaceId: string;
  name: string;
  sector: Sector;
  sizeBand: SizeBand;
  notes?: string;
  scans: ReadonlyArray<SeedScan>;
  seed?: number;
}): Promise<SeededClient> {
  const { id: clientId } = await createClient({ workspaceId, input: { name, sector, sizeBand, notes } });
  const scanIds: string[] = [];
  for (const [index, scan] of scans.entries()) {
    const latest = getLatestByKind(scan.kind);
    const questionnaire = scan.version && latest ? getQuestionnaire(latest.id, scan.version) : latest;
    if (!questionnaire) throw new Error(`createClientWithHistory: no ${scan.kind} questionnaire v${scan.version}`);
    const started = await startClientScan({
      workspaceId,
      input: { clientId, kind: scan.kind, locale: scan.locale ?? "nl", respondentRole: scan.role, team: scan.team },
    });
    if (!started.ok) throw new Error(`createClientWithHistory: ${started.error}`);
    // The app starts every scan on the newest version; an older one is set before any answer is stored.
    if (questionnaire.version !== latest?.version) {
      await db.scan.update({ where: { id: started.scanId }, data: { questionnaireVersion: questionnaire.version } });
    }
    const answers = answersForProfile(questionnaire, scan.targets, {
      seed: scan.seed ?? seed * 100 + index,
      notApplicableRate: scan.notApplicableRate ?? 0.05,
    });
    // A scan still open has been answered about halfway, as a respondent who stopped for now.
    const given = scan.submittedAt ? answers : answers.slice(0, Math.ceil(answers.length * 0.6));
    const saved = await saveAnswers({ resumeToken: started.resumeToken, answers: given });
    if (!saved.ok) throw new Error(`createClientWithHistory: ${saved.error}`);
    if (scan.submittedAt) {
      const submitted = await submitResponse({ resumeToken: started.resumeToken });
      if (!submitted.ok) throw new Error(`createClientWithHistory: ${submitted.error}`);
    }
    const startedAt = new Date((scan.submittedAt?.getTime() ?? Date.now()) - (2 + (index % 5)) * DAY);
    const dates = { createdAt: startedAt, ...(scan.submittedAt ? { submittedAt: scan.submittedAt } : {}) };
    const response = await db.response.update({
      where: { resumeToken: started.resumeToken },
      data: { ...dates, startedAt },
      select: { scanId: true },
    });
    await db.scan.update({
      where: { id: response.scanId },
      data: { ...dates, ...(scan.submittedAt ? { closedAt: scan.submittedAt } : {}) },
    });
    scanIds.push(response.scanId);
  }
  // Submitting summarised the client with today's dates; the summary must follow the real order.
  await refreshClientSummary(db, clientId);
  return { clientId, scanIds };
}
