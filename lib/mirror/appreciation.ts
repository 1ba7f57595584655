import { roundOne } from "@/lib/mirror/scale";
import type { MirrorMark, MirrorNps } from "@/lib/mirror/types";

/** z for a two-sided 90% interval. */
export const Z90 = 1.645;

/** Whether a value is an answer to the Net Promoter question: a whole number 0..10. */
export function isNpsValue(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;
}

/** Whether a value is a report mark (rapportcijfer): a whole number 1..10. */
export function isMarkValue(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10;
}

/** Promoters answer 9–10, passives 7–8, detractors 0–6. */
export function npsCategory(value: number): "promoter" | "passive" | "detractor" {
  if (value >= 9) return "promoter";
  return value >= 7 ? "passive" : "detractor";
}

/**
 * NPS = % promoters − % detractors, on −100…100; its 90% margin by the normal approximation (issue 19 §3):
 * 1.645 × √((p₊ + p₋ − (p₊ − p₋)²) / n) × 100, with p₊ and p₋ the promoter and detractor shares. Unrounded.
 */
export function npsFigures(promoters: number, detractors: number, n: number): { score: number; margin90: number } {
  const pPlus = promoters / n;
  const pMinus = detractors / n;
  const variance = pPlus + pMinus - (pPlus - pMinus) ** 2;
  return { score: (pPlus - pMinus) * 100, margin90: Z90 * Math.sqrt(Math.max(0, variance) / n) * 100 };
}

/** The NPS of a set of answers (0..10): counts, score and margin only from `minGroupSize` answers on. */
export function npsOf(values: readonly number[], minGroupSize: number, publish = true): MirrorNps {
  const n = values.length;
  if (!publish || n < minGroupSize || n === 0) {
    return { respondents: n, promoters: null, passives: null, detractors: null, score: null, margin90: null };
  }
  const promoters = values.filter((v) => npsCategory(v) === "promoter").length;
  const detractors = values.filter((v) => npsCategory(v) === "detractor").length;
  const { score, margin90 } = npsFigures(promoters, detractors, n);
  return {
    respondents: n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    score: roundOne(score),
    margin90: roundOne(margin90),
  };
}

/** The report mark: the mean (one decimal) from `minGroupSize` marks, counts of 1..10 from `minDistribution`. */
export function markOf(
  values: readonly number[],
  minGroupSize: number,
  minDistribution: number,
  publish = true,
): MirrorMark {
  const n = values.length;
  if (!publish || n < minGroupSize || n === 0) return { respondents: n, mean: null, distribution: null };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const distribution =
    n >= minDistribution ? Array.from({ length: 10 }, (_, i) => values.filter((v) => v === i + 1).length) : null;
  return { respondents: n, mean: roundOne(mean), distribution };
}
