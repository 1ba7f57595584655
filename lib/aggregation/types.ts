import type { Consensus } from "@/lib/aggregation/consensus";
import type { Interval90, MarginBasis } from "@/lib/aggregation/interval";
import type { ItemDistribution } from "@/lib/aggregation/item-distribution";
import type { PerceptionGap } from "@/lib/aggregation/perception-gaps";
import type { Spread } from "@/lib/aggregation/quartiles";

/** A stored answer: a scale point, "na" (not applicable; v1's "don't know or n.a.") or "dk" (don't know). */
export type RoundAnswerValue = number | "na" | "dk";

export type Breakdown = "role" | "team";

/** One submitted response with its stored per-domain scores (null: too few answers to score that domain). */
export type RoundResponse = {
  role: string;
  /** Missing, null or blank: the response is in no team group. */
  team?: string | null;
  domainScores: ReadonlyArray<{ domainId: string; score: number | null }>;
  answers: Readonly<Record<string, RoundAnswerValue>>;
};

export type OverallScore = { score: number | null; level: string | null };

/** A domain of the whole round. Everything but domainId is null/false when not shown. */
export type RoundDomain = {
  domainId: string;
  shown: boolean;
  /** Respondents whose domain score counts; null when not shown. */
  respondents: number | null;
  score: number | null;
  level: string | null;
  /** Q1 and Q3 only; null when not shown or below the distribution minimum. */
  spread: Spread | null;
  /** From the spread; null whenever the spread is. */
  consensus: Consensus | null;
  /** True when the consensus label rests on fewer than 5 respondents (never, with a distribution minimum of 5). */
  consensusCaveat: boolean;
  /**
   * The 90% interval of the mean (Student's t, n − 1 df, clipped to 0–100); exactly where `score` is shown,
   * null otherwise (and in snapshots stored before intervals existed).
   */
  interval90: Interval90 | null;
  /** The interval's unclipped half-width in points ("± 8 points"); null whenever `interval90` is. */
  margin90: number | null;
  /**
   * Which spread `margin90` rests on: `reference-spread` (15 points) below 30 respondents — "the margin for a
   * typical spread of a group this size" — or `own-spread` from 30 (the whole round only; a group's is
   * always the reference spread); null whenever `interval90` is.
   */
  marginBasis: MarginBasis | null;
  /**
   * Cronbach's α of the domain's statements (2 decimals; ≥ ALPHA_ACCEPTABLE_FROM, .7, reads as acceptable);
   * null when the domain is hidden or fewer than 30 respondents answered all its statements on the scale.
   * Only for the whole round, never per group.
   */
  alpha: number | null;
};

export type GroupDomain = {
  domainId: string;
  shown: boolean;
  respondents: number | null;
  score: number | null;
  level: string | null;
  /** As on RoundDomain: exactly where `score` is shown. */
  interval90: Interval90 | null;
  margin90: number | null;
  /** Always `reference-spread` where shown, whatever the group's size (aggregate-round.ts, scoreAndLevel). */
  marginBasis: MarginBasis | null;
};

/**
 * A role or team. A hidden group carries no size, scores or items: `respondents` is null, `domains`
 * and `items` are empty.
 */
export type RoundGroup = {
  by: Breakdown;
  /** The role or team; for merged neighbours their keys joined with " + " (see `members`). */
  key: string;
  /** The roles or teams in this group, in the round's order: one, or several merged ("board and managers"). */
  members: string[];
  shown: boolean;
  /** True whenever the group is hidden: too few to show without anyone being identifiable. */
  tooFew: boolean;
  respondents: number | null;
  overall: OverallScore;
  domains: GroupDomain[];
  items: ItemDistribution[];
};

export type RoundAggregate = {
  /**
   * Shape version of this object; bump when stored snapshots would be read differently. 3: intervals,
   * margins, α and gaps judged against their margin (readAggregate reads 1 and 2 with those as null).
   */
  version: 3;
  questionnaireId: string;
  questionnaireVersion: number;
  /** The minimum group size applied, after clamping to 3..10. */
  minGroupSize: number;
  /** The distribution minimum applied (statement bars, spread): never below minGroupSize. */
  minDistribution: number;
  shown: boolean;
  tooFew: boolean;
  /** Submitted responses; null when the round itself is below the minimum. */
  respondents: number | null;
  overall: OverallScore;
  /** In questionnaire order. */
  domains: RoundDomain[];
  /** Roles, then teams; each sorted by key. */
  groups: RoundGroup[];
  /** Largest gap first. */
  gaps: PerceptionGap[];
  /** In questionnaire order; empty when the round is not shown. */
  items: ItemDistribution[];
};
