import type { AnswerScale } from "@/lib/questionnaire/schema";
import type { AnswerValue } from "@/lib/scoring/types";

/** A scale point value, "na" when the scale offers "not applicable", "dk" when it offers "don't know". */
export function isAnswerValue(scale: AnswerScale, value: unknown): value is AnswerValue {
  if (value === "na") return scale.notApplicable !== undefined;
  if (value === "dk") return scale.dontKnow !== undefined;
  return typeof value === "number" && scale.points.some((point) => point.value === value);
}
