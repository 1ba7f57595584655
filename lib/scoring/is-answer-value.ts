import type { AnswerScale } from "../questionnaire/schema";
import type { AnswerValue } from "./types";

/** A scale point value, or "na" when the scale offers "don't know / not applicable". */
export function isAnswerValue(scale: AnswerScale, value: unknown): value is AnswerValue {
  if (value === "na") return scale.notApplicable !== undefined;
  return typeof value === "number" && scale.points.some((point) => point.value === value);
}
