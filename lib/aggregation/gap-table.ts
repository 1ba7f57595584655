import type { Breakdown, PerceptionGap, RoundAggregate } from "@/lib/aggregation/index";
import { displayScore } from "@/lib/display/score";

export type GapTableRow = {
  domainId: string;
  /** One per shown group, in `groups` order; null where that group's domain mean is hidden. */
  scores: Array<number | null>;
  /** The domain's gap in this breakdown; null with fewer than two shown means. */
  gap: PerceptionGap | null;
};

export type GapTable = {
  by: Breakdown;
  /** Shown groups, by key (the aggregate's order). */
  groups: Array<{ key: string; respondents: number | null }>;
  /** Groups listed but hidden as too few: named, never counted. */
  hidden: string[];
  /** Largest gap first; domains without a gap last, in questionnaire order. */
  rows: GapTableRow[];
};

/** The breakdowns a round actually uses (a group listed in it, shown or hidden): role first, then team. */
export function breakdownsInRound(aggregate: RoundAggregate): Breakdown[] {
  return (["role", "team"] as const).filter((by) => aggregate.groups.some((group) => group.by === by));
}

/** One breakdown's shown groups side by side per domain, sorted by the largest perception gap. */
export function gapTable({ aggregate, by }: { aggregate: RoundAggregate; by: Breakdown }): GapTable {
  const listed = aggregate.groups.filter((group) => group.by === by);
  const shown = listed.filter((group) => group.shown);
  const rows = aggregate.domains.map((domain, index) => {
    const scores = shown.map((group) => {
      const mean = group.domains.find((d) => d.domainId === domain.domainId);
      return mean?.shown && mean.score !== null ? mean.score : null;
    });
    const gap = aggregate.gaps.find((g) => g.by === by && g.domainId === domain.domainId) ?? null;
    return { row: { domainId: domain.domainId, scores, gap }, index };
  });
  rows.sort((a, b) => (b.row.gap?.points ?? -1) - (a.row.gap?.points ?? -1) || a.index - b.index);
  return {
    by,
    groups: shown.map((group) => ({ key: group.key, respondents: group.respondents })),
    hidden: listed.filter((group) => !group.shown).map((group) => group.key),
    rows: rows.map(({ row }) => row),
  };
}

/**
 * A gap in whole points as the table shows it: between the rounded scores, so it is what a reader gets
 * by subtracting the two numbers on screen (70 and 45 give 25, even when the unrounded gap is 25.8).
 */
export function shownGapPoints(gap: PerceptionGap): number {
  return displayScore(gap.high.score) - displayScore(gap.low.score);
}

/** The values of a flagged gap's sentence ("{high} rates {domain} {points} points higher than {low} do"). */
export function gapSentenceValues(
  gap: PerceptionGap,
  { groupLabel, domainName }: { groupLabel: (key: string) => string; domainName: (id: string) => string },
): { high: string; low: string; domain: string; points: number } {
  return {
    high: groupLabel(gap.high.key),
    low: groupLabel(gap.low.key),
    domain: domainName(gap.domainId),
    points: shownGapPoints(gap),
  };
}
