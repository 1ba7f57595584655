import type { AnswerScale } from "@/lib/questionnaire/schema";
import { scaleBounds } from "@/lib/scoring/scale-bounds";

/** Maps a mean on the answer scale to 0–100, unrounded. */
export function normaliseMean(scale: AnswerScale, mean: number): number {
  const { min, max } = scaleBounds(scale);
  // Multiplying before dividing keeps common cases (e.g. mean 3.4 on 1–5) exact.
  return ((mean - min) * 100) / (max - min);
}
