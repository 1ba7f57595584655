/**
 * The mirror's answer scale (docs/mirror.md): 1..5 = never / rarely / sometimes / often / always, plus "dk"
 * (don't know) and "na" (not applicable), which count for nothing. Mapped onto 0–100 as the scan's scale is.
 */
export const MIRROR_SCALE_MIN = 1;
export const MIRROR_SCALE_MAX = 5;

/** Whether a value is a point of the mirror scale (a whole number 1..5). */
export function isMirrorScaleValue(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIRROR_SCALE_MIN && (value as number) <= MIRROR_SCALE_MAX;
}

/** A statement's score on 0–100: (value − 1) / 4 × 100, so never 0, rarely 25, sometimes 50, often 75, always 100. */
export function mirrorStatementScore(value: number): number {
  return ((value - MIRROR_SCALE_MIN) / (MIRROR_SCALE_MAX - MIRROR_SCALE_MIN)) * 100;
}

/**
 * Rounds to one decimal, half away from zero, so that −x rounds to exactly −(x rounded): a gap and the gap of
 * the swapped sides are mirror images (Math.round alone rounds −0.25 up to −0.2 but 0.25 to 0.3).
 */
export function roundOne(value: number): number {
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}
