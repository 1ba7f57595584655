import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { AnswerInput } from "@/lib/scoring";

/** Deterministic pseudo-random numbers (mulberry32), so demo data is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Answers that land each domain near a target score (0–100), with some spread and the odd "don't know",
 * so demo and test data look like a real respondent rather than a straight line.
 */
export function answersForProfile(
  q: Questionnaire,
  targets: Readonly<Record<string, number>>,
  options: { seed?: number; notApplicableRate?: number; skipRate?: number } = {},
): AnswerInput[] {
  const random = seededRandom(options.seed ?? 1);
  const points = q.scale.points.map((p) => p.value);
  const min = points[0] ?? 1;
  const max = points[points.length - 1] ?? 5;
  const answers: AnswerInput[] = [];
  for (const item of q.items) {
    const roll = random();
    if (roll < (options.skipRate ?? 0)) continue;
    if (q.scale.notApplicable && roll < (options.skipRate ?? 0) + (options.notApplicableRate ?? 0)) {
      answers.push({ itemId: item.id, value: "na" });
      continue;
    }
    const target = Math.min(100, Math.max(0, targets[item.domain] ?? 50));
    const ideal = min + (target / 100) * (max - min) + (random() - 0.5) * 1.6;
    const nearest = points.reduce((best, p) => (Math.abs(p - ideal) < Math.abs(best - ideal) ? p : best), min);
    answers.push({ itemId: item.id, value: item.reverse ? min + max - nearest : nearest });
  }
  return answers;
}
