import type { Breakdown, RoundAggregate } from "@/lib/aggregation/types";
import { displayScore } from "@/lib/display/score";

/** One cell: a shown group's shown domain mean and its difference from the whole round's. */
export type HeatmapCell = {
  /** The group's mean, rounded as shown. */
  score: number;
  /**
   * The shown group mean minus the shown round mean (both rounded first, so the reader's own subtraction of
   * the two numbers on screen gives this); null when the round's mean of the domain is not shown.
   */
  difference: number | null;
};

export type HeatmapRow = {
  /** The group's key (merged neighbours: their keys joined with " + "). */
  key: string;
  members: string[];
  respondents: number | null;
  /** One per domain, in `domainIds` order; null where the group's mean of that domain is hidden. */
  cells: Array<HeatmapCell | null>;
};

export type GroupHeatmap = {
  by: Breakdown;
  /** The round's domains, in questionnaire order. */
  domainIds: string[];
  /** The whole round's shown mean per domain (rounded), null where hidden. */
  round: Array<number | null>;
  /** Shown groups only, in the aggregate's order; a hidden group has no row (and no number anywhere). */
  rows: HeatmapRow[];
  /** Groups listed but hidden as too few: named, never counted. */
  hidden: string[];
};

/**
 * One breakdown's shown groups × the round's domains: each shown group mean with its difference from the
 * whole round (Culture Amp's heatmap). Same anonymity rules as the gap table: only groups and domain means the
 * aggregate already publishes; nothing at all when the round itself is hidden.
 */
export function groupHeatmap({ aggregate, by }: { aggregate: RoundAggregate; by: Breakdown }): GroupHeatmap {
  const listed = aggregate.groups.filter((group) => group.by === by);
  const domainIds = aggregate.domains.map((d) => d.domainId);
  if (!aggregate.shown) return { by, domainIds, round: domainIds.map(() => null), rows: [], hidden: [] };
  const round = aggregate.domains.map((d) => (d.shown && d.score !== null ? displayScore(d.score) : null));
  const rows = listed
    .filter((group) => group.shown)
    .map((group) => ({
      key: group.key,
      members: group.members ?? [group.key],
      respondents: group.respondents,
      cells: domainIds.map((domainId, index): HeatmapCell | null => {
        const mean = group.domains.find((d) => d.domainId === domainId);
        if (!mean?.shown || mean.score === null) return null;
        const score = displayScore(mean.score);
        const whole = round[index] ?? null;
        return { score, difference: whole === null ? null : score - whole };
      }),
    }));
  return { by, domainIds, round, rows, hidden: listed.filter((group) => !group.shown).map((group) => group.key) };
}

/** The colour step of a difference: −2 (clearly below the round) … +2 (clearly above); 0 within ±4 points. */
export function differenceStep(difference: number | null): -2 | -1 | 0 | 1 | 2 {
  if (difference === null || Math.abs(difference) < 5) return 0;
  if (difference >= 10) return 2;
  if (difference > 0) return 1;
  return difference <= -10 ? -2 : -1;
}
