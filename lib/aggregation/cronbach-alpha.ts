import { OWN_SPREAD_FROM } from "@/lib/aggregation/minimums";
import type { RoundAnswerValue } from "@/lib/aggregation/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { itemValue } from "@/lib/scoring/item-value";
import { round2 } from "@/lib/scoring/round2";

/**
 * α is computed only from this many respondents with a scale answer to every statement of the domain: 30, as
 * for a margin from the group's own spread (minimums.ts, OWN_SPREAD_FROM). Next to the statements' bars (which
 * fix each statement's variance) α to 2 decimals fixes the variance of the respondents' totals, i.e. the sum of
 * squares of their domain scores — the very number the own-spread rule keeps back below 30 — and the sum of
 * cross-products, which says which answers go together (docs/anonymity.md, "Intervals and α").
 */
export const ALPHA_MIN_RESPONDENTS = OWN_SPREAD_FROM;
/** The usual reading: α at or above .7 is acceptable internal consistency (Nunnally, 1978). */
export const ALPHA_ACCEPTABLE_FROM = 0.7;

/** Sample variance (n − 1), summed in sorted order so the input order never changes the result. */
function varianceOf(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const value of sorted) sum += value;
  const mean = sum / sorted.length;
  let squares = 0;
  for (const value of sorted) squares += (value - mean) ** 2;
  return squares / (sorted.length - 1);
}

/**
 * Cronbach's α of a complete respondents × items matrix: α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ), with s²ᵢ the
 * variance of item i and s²ₜ the variance of the respondents' item totals (both with n − 1). Unweighted, as
 * α is defined, whatever the items' scoring weights. Null with fewer than 2 items or 2 respondents, or when
 * the totals do not vary (α is undefined). Not rounded: the caller rounds what it publishes.
 */
export function cronbachAlpha(rows: ReadonlyArray<ReadonlyArray<number>>): number | null {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 2) return null;
  if (rows.some((row) => row.length !== k)) throw new RangeError("every respondent needs a value for every item");
  let itemVariances = 0;
  for (let i = 0; i < k; i += 1) itemVariances += varianceOf(rows.map((row) => row[i] ?? 0));
  const totalVariance = varianceOf(rows.map((row) => row.reduce((sum, value) => sum + value, 0)));
  if (totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/**
 * α of one domain of a round, rounded to 2 decimals: over the respondents who gave a scale answer to every
 * statement of the domain (listwise deletion: "don't know", "not applicable" or no answer to any of them
 * leaves that respondent out), with negatively worded statements reversed as in scoring. Null when fewer than
 * ALPHA_MIN_RESPONDENTS such respondents remain, the domain has fewer than two statements, or α is undefined.
 * The number of respondents it rests on is not published: it would be a count of "don't know" patterns.
 */
export function domainAlpha(
  q: Questionnaire,
  domainId: string,
  answers: ReadonlyArray<Readonly<Record<string, RoundAnswerValue>>>,
): number | null {
  const items = q.items.filter((item) => item.domain === domainId);
  const rows = answers.flatMap((answer) => {
    const row = items.map((item) => itemValue(q.scale, item, answer[item.id]));
    return row.every((value): value is number => value !== null) ? [row] : [];
  });
  if (rows.length < ALPHA_MIN_RESPONDENTS) return null;
  const alpha = cronbachAlpha(rows);
  return alpha === null ? null : round2(alpha);
}
