import { classifyGap, GAP_FLAG_FROM, measuredOf } from "@/lib/aggregation/margin-rules";
import type { Breakdown, RoundGroup } from "@/lib/aggregation/types";
import { round2 } from "@/lib/scoring/round2";

export { GAP_FLAG_FROM };

export type PerceptionGap = {
  by: Breakdown;
  domainId: string;
  high: { key: string; score: number };
  low: { key: string; score: number };
  /** high − low, rounded as scores. */
  points: number;
  /**
   * The 90% margin of the gap in points (Welch, margin-rules.ts), rounded as scores; null only in a snapshot
   * stored before intervals existed.
   */
  margin: number | null;
  /**
   * True when the gap is larger than its margin (a real difference between the groups), false when it is
   * within it; null only in a snapshot stored before intervals existed (no margin known).
   */
  beyondMargin: boolean | null;
  /** At least GAP_FLAG_FROM (20) points and beyond the margin. */
  flagged: boolean;
};

const BREAKDOWNS: ReadonlyArray<Breakdown> = ["role", "team"];

/**
 * Per breakdown and domain, the highest and lowest group among the groups whose domain score is shown
 * (at least two). Ties: the highest is the first key, the lowest the last, so they are never the same group.
 * Each gap is judged from the two groups' published means, sizes and margins (classifyGap), so anyone can
 * reproduce it from the aggregate. Sorted by points, largest first; equal gaps keep breakdown (role, team)
 * and domain order.
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
        return domain?.shown && domain.score !== null
          ? [{ key: group.key, score: domain.score, measured: measuredOf(domain) }]
          : [];
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
      const judged =
        high.measured && low.measured
          ? classifyGap({ high: high.measured, low: low.measured })
          : { margin: null, beyondMargin: false, flagged: false };
      gaps.push({
        by,
        domainId,
        high: { key: high.key, score: high.score },
        low: { key: low.key, score: low.score },
        points,
        margin: judged.margin,
        beyondMargin: judged.beyondMargin,
        flagged: judged.flagged,
      });
    }
  }
  return gaps.sort((a, b) => b.points - a.points);
}
