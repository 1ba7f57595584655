import type { AnswerScale, Item } from "@/lib/questionnaire/schema";
import { reverseValue } from "@/lib/scoring/reverse-value";
import type { AnswerValue } from "@/lib/scoring/types";

/** The value an item contributes to scoring, or null when it is unanswered or a non-answer ("na", "dk"). */
export function itemValue(scale: AnswerScale, item: Item, answer: AnswerValue | undefined): number | null {
  if (typeof answer !== "number") return null;
  return item.reverse ? reverseValue(scale, answer) : answer;
}
