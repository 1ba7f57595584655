import type { AnswerScale } from "@/lib/questionnaire/schema";
import { scaleBounds } from "@/lib/scoring/scale-bounds";

/** Score of a negatively worded item: min + max − value. */
export function reverseValue(scale: AnswerScale, value: number): number {
  const { min, max } = scaleBounds(scale);
  return min + max - value;
}
