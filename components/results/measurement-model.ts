import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * Whether a questionnaire uses the v2 measurement model (practice-anchored answers, statement insight,
 * the focused plan). v1 results keep reading exactly as they did.
 */
export function usesMeasurementV2(q: Questionnaire): boolean {
  return q.minScoredDomains !== undefined;
}

/** The label of an answer value on the questionnaire's scale (a scale point, "na" or "dk"). */
export function answerLabel(q: Questionnaire, value: number | "na" | "dk", locale: "nl" | "en"): string {
  if (value === "na") return q.scale.notApplicable?.label[locale] ?? "n.a.";
  if (value === "dk") return q.scale.dontKnow?.label[locale] ?? "?";
  return q.scale.points.find((point) => point.value === value)?.label[locale] ?? String(value);
}
