import type { Spread } from "@/lib/aggregation/quartiles";
import { round2 } from "@/lib/scoring/round2";

export type Consensus = "agreement" | "mixed" | "divided";

/** Interquartile range (0–100 points) below which the middle half of respondents counts as agreeing. */
export const AGREEMENT_BELOW = 15;
/** Interquartile range from which the middle half counts as divided. */
export const DIVIDED_FROM = 30;
/** Below this many respondents the label is flagged as a caveat: a quartile of 3 or 4 people is fragile. */
export const CONSENSUS_CAVEAT_BELOW = 5;

/** agreement: IQR < 15; mixed: 15 ≤ IQR < 30; divided: IQR ≥ 30 (IQR in points on the 0–100 score). */
export function consensusForIqr(iqr: number): Consensus {
  if (iqr < AGREEMENT_BELOW) return "agreement";
  if (iqr < DIVIDED_FROM) return "mixed";
  return "divided";
}

/**
 * The consensus of a domain from its shown spread: the IQR is taken from the rounded quartiles as they
 * are shown (so a reader can check the label); null when there is no spread (no respondents).
 */
export function consensusOf({ spread, respondents }: { spread: Spread | null; respondents: number }): {
  consensus: Consensus | null;
  consensusCaveat: boolean;
} {
  if (spread === null || respondents === 0) return { consensus: null, consensusCaveat: false };
  return {
    consensus: consensusForIqr(round2(spread.q3 - spread.q1)),
    consensusCaveat: respondents < CONSENSUS_CAVEAT_BELOW,
  };
}
