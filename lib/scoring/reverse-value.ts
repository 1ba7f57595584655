import type { AnswerScale } from "../questionnaire/schema";
import { scaleBounds } from "./scale-bounds";

/** Score of a negatively worded item: min + max − value. */
export function reverseValue(scale: AnswerScale, value: number): number {
  const { min, max } = scaleBounds(scale);
  return min + max - value;
}
