// The loop closed at the next scan of a series: per domain the target agreed on the earlier scan against what
// this scan measured, the change between the two (the one pointsChange of lib/history) and the actions agreed.
import { pointsChange } from "@/lib/history/compare-scans";
import type { ActionStatus } from "@/lib/targets/action-status";
import { evaluateTarget, type TargetEvaluation } from "@/lib/targets/evaluate-target";

type Score = { domainId: string; score: number | null; level?: string | null };
export type LoopTarget = { domainId: string; levelId: string; minScore: number; targetDate: Date | null };
export type LoopAction = { id: string; domainId: string; title: string; status: ActionStatus | string };

export type LoopRow<A extends LoopAction = LoopAction> = {
  domainId: string;
  previousScore: number | null;
  currentScore: number | null;
  currentLevel: string | null;
  /** Whole points, as everywhere else (lib/history pointsChange); null when either scan has no score. */
  change: number | null;
  target: LoopTarget | null;
  evaluation: TargetEvaluation | null;
  done: A[];
  open: A[];
  dropped: A[];
};

/**
 * One row per domain of this scan (its questionnaire's order), then any domain that only the earlier scan's
 * targets or actions name. Scores are read from the two snapshots, never computed again.
 */
export function buildLoopRows<A extends LoopAction>({
  domainIds,
  previousScores,
  currentScores,
  targets,
  actions,
}: {
  domainIds: readonly string[];
  previousScores: readonly Score[];
  currentScores: readonly Score[];
  targets: readonly LoopTarget[];
  actions: readonly A[];
}): LoopRow<A>[] {
  const extra = [...targets, ...actions].map((x) => x.domainId).filter((id) => !domainIds.includes(id));
  const ids = [...domainIds, ...new Set(extra)];
  return ids.map((domainId) => {
    const previousScore = previousScores.find((s) => s.domainId === domainId)?.score ?? null;
    const current = domainIds.includes(domainId) ? currentScores.find((s) => s.domainId === domainId) : undefined;
    const currentScore = current?.score ?? null;
    const target = targets.find((t) => t.domainId === domainId) ?? null;
    const mine = actions.filter((a) => a.domainId === domainId);
    return {
      domainId,
      previousScore,
      currentScore,
      currentLevel: current?.level ?? null,
      change: pointsChange(previousScore, currentScore),
      target,
      evaluation: target ? evaluateTarget(target, currentScore) : null,
      done: mine.filter((a) => a.status === "done"),
      open: mine.filter((a) => a.status === "not_started" || a.status === "in_progress"),
      dropped: mine.filter((a) => a.status === "dropped"),
    };
  });
}

/** A row worth a line in the summary: it had a target or an action. */
export function hasLoop(row: LoopRow): boolean {
  return row.target !== null || row.done.length + row.open.length + row.dropped.length > 0;
}

/** Targets reached out of those that could be judged (a domain without a score now is not counted). */
export function targetsReached(rows: readonly LoopRow[]): { reached: number; judged: number } {
  const judged = rows.filter((r) => r.evaluation && r.evaluation.status !== "no-score");
  return { reached: judged.filter((r) => r.evaluation?.status === "reached").length, judged: judged.length };
}

/** The target outline for a radar: each domain's target lower bound in the chart's order, null without one. */
export function targetOutlineValues(
  domainIds: readonly string[],
  targets: readonly LoopTarget[],
): Array<number | null> {
  return domainIds.map((id) => targets.find((t) => t.domainId === id)?.minScore ?? null);
}
