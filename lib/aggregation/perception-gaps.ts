import type { Breakdown, RoundGroup } from "@/lib/aggregation/types";
import { round2 } from "@/lib/scoring/round2";

/** Gaps of at least this many points are flagged. */
export const GAP_FLAG_FROM = 20;

export type PerceptionGap = {
  by: Breakdown;
  domainId: string;
  high: { key: string; score: number };
  low: { key: string; score: number };
  /** high − low, rounded as scores. */
  points: number;
  flagged: boolean;
};

const BREAKDOWNS: ReadonlyArray<Breakdown> = ["role", "team"];

/**
 * Per breakdown and domain, the highest and lowest group among the groups whose domain score is shown
 * (at least two). Ties: the highest is the first key, the lowest the last, so they are never the same group.
 * Sorted by points, largest first; equal gaps keep breakdown (role, team) and domain order.
 */
export function perceptionGaps({
  domainIds,
  groups,
}: {
  domainIds: ReadonlyArray<string>;
  /** Sorted by key within each breakdown. */
  groups: ReadonlyArray<RoundGroup>;
}): PerceptionGap[] {
  const gaps: PerceptionGap[] = [];
  for (const by of BREAKDOWNS) {
    for (const domainId of domainIds) {
      const scored = groups.flatMap((group) => {
        if (group.by !== by || !group.shown) return [];
        const domain = group.domains.find((d) => d.domainId === domainId);
        return domain?.shown && domain.score !== null ? [{ key: group.key, score: domain.score }] : [];
      });
      if (scored.length < 2) continue;
      let high = scored[0];
      let low = scored[0];
      for (const entry of scored) {
        if (high === undefined || entry.score > high.score) high = entry;
        if (low === undefined || entry.score <= low.score) low = entry;
      }
      if (!high || !low) continue;
      const points = round2(high.score - low.score);
      gaps.push({ by, domainId, high, low, points, flagged: points >= GAP_FLAG_FROM });
    }
  }
  return gaps.sort((a, b) => b.points - a.points);
}
