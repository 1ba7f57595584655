import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db/db";
import { previousInSeriesQuery } from "@/lib/server/scans/get-scan-results";
import { dayOf } from "@/lib/targets/action-status";

const TARGET_FIELDS = { domainId: true, levelId: true, minScore: true, targetDate: true, setByName: true } as const;
const ACTION_FIELDS = {
  id: true,
  domainId: true,
  recommendationId: true,
  title: true,
  owner: true,
  dueDate: true,
  status: true,
  notes: true,
  createdAt: true,
  statusChangedAt: true,
  doneAt: true,
} as const;
const ACTION_ORDER = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export type LoopTargetView = {
  domainId: string;
  levelId: string;
  minScore: number;
  targetDate: Date | null;
  setByName: string;
};
export type LoopActionView = {
  id: string;
  domainId: string;
  recommendationId: string | null;
  title: string;
  owner: string;
  dueDate: Date | null;
  status: string;
  notes: string;
  createdAt: Date;
  statusChangedAt: Date;
  doneAt: Date | null;
};

export type ScanLoop = {
  scanId: string;
  clientId: string | null;
  /** Agreed on this scan, for the next one. */
  targets: LoopTargetView[];
  actions: LoopActionView[];
  /** The scan of the series just before this one, with what was agreed on it: what this scan closes. */
  previous: {
    id: string;
    submittedAt: Date;
    questionnaireId: string;
    questionnaireVersion: number;
    domainScores: Array<{ domainId: string; score: number | null }>;
    targets: LoopTargetView[];
    actions: LoopActionView[];
  } | null;
};

/**
 * Targets and actions of a scan the caller may already read (the page found it by its results or organiser
 * link), and those of the scan before it in its series. A fixed number of queries, whatever the number of actions.
 */
export const getScanLoop = cache(async (scanId: string): Promise<ScanLoop | null> => {
  const scan = await db.scan.findUnique({
    where: { id: scanId },
    select: {
      id: true,
      clientId: true,
      series: true,
      submittedAt: true,
      targets: { select: TARGET_FIELDS },
      agreedActions: { select: ACTION_FIELDS, orderBy: ACTION_ORDER },
    },
  });
  if (!scan) return null;
  const query = previousInSeriesQuery(scan);
  const previous = query
    ? await db.scan.findFirst({
        ...query,
        select: {
          id: true,
          submittedAt: true,
          questionnaireId: true,
          questionnaireVersion: true,
          domainScores: { select: { domainId: true, score: true } },
          targets: { select: TARGET_FIELDS },
          agreedActions: { select: ACTION_FIELDS, orderBy: ACTION_ORDER },
        },
      })
    : null;
  return {
    scanId: scan.id,
    clientId: scan.clientId,
    targets: scan.targets,
    actions: scan.agreedActions,
    previous:
      previous?.submittedAt != null
        ? {
            id: previous.id,
            submittedAt: previous.submittedAt,
            questionnaireId: previous.questionnaireId,
            questionnaireVersion: previous.questionnaireVersion,
            domainScores: previous.domainScores,
            targets: previous.targets,
            actions: previous.agreedActions,
          }
        : null,
  };
});

/** The saved targets as the form reads them (dates as YYYY-MM-DD). */
export function targetChoicesOf(targets: readonly LoopTargetView[]) {
  return targets.map((t) => ({
    domainId: t.domainId,
    levelId: t.levelId,
    targetDate: t.targetDate ? dayOf(t.targetDate) : null,
  }));
}

/**
 * The loop of the scan behind a results link, and whether the signed-in consultant (if any) may change it:
 * only a consultant of the workspace that holds the scan's client. The link itself is read-only.
 */
export async function getLoopForResults({
  resultsToken,
  workspaceId,
}: {
  resultsToken: string;
  workspaceId: string | null;
}): Promise<{ loop: ScanLoop; canChange: boolean } | null> {
  const scan = await db.scan.findUnique({
    where: { resultsToken },
    select: { id: true, submittedAt: true, client: { select: { workspaceId: true } } },
  });
  if (!scan?.submittedAt) return null;
  const loop = await getScanLoop(scan.id);
  if (!loop) return null;
  return { loop, canChange: workspaceId !== null && scan.client?.workspaceId === workspaceId };
}
