import type { LocalizedText, Questionnaire, Scope } from "@/lib/questionnaire/schema";

export interface ScopedScale {
  /** How to read the statements for this scope; absent for questionnaires without scopes (v1/v2). */
  instruction?: LocalizedText;
  /** The scale points with the scope's labels; the plain scale where the questionnaire has no scopes. */
  points: Array<{ value: number; label: LocalizedText }>;
}

/**
 * The scale as a respondent of a scan with this scope sees it. From v3 on, the questionnaire words the scale
 * per scope ("in most of the organisation" / "in most cases"); validate.ts guarantees one label per point, in
 * the scale's order. v1/v2 have one wording, the scale's own, for every scope.
 */
export function scopedScale(q: Questionnaire, scope: Scope): ScopedScale {
  const wording = q.scopes?.[scope];
  if (!wording) return { points: q.scale.points };
  return {
    instruction: wording.instruction,
    points: q.scale.points.map((point, index) => ({ value: point.value, label: wording.points[index] ?? point.label })),
  };
}
