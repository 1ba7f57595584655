import type { AnswerScale } from "@/lib/questionnaire/schema";

/** Lowest and highest scale value: the first and last point (points are validated ascending). */
export function scaleBounds(scale: AnswerScale): { min: number; max: number } {
  const first = scale.points[0];
  const last = scale.points[scale.points.length - 1];
  if (!first || !last) throw new Error("the answer scale has no points");
  return { min: first.value, max: last.value };
}
