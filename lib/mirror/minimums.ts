/**
 * The mirror's anonymity minimum (issue 19 §2, docs/mirror.md): never fewer than 5 customers behind any
 * published figure. `Mirror.minGroupSize` may be higher; anything lower (or missing) becomes 5.
 */
export const MIRROR_MIN_GROUP_FLOOR = 5;

/** The group minimum to apply: whole numbers (rounded down), never below 5. */
export function clampMirrorMinGroupSize(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return MIRROR_MIN_GROUP_FLOOR;
  return Math.max(MIRROR_MIN_GROUP_FLOOR, Math.floor(value));
}

/** A statement's distribution (and the mark's) needs max(5, minGroupSize) answers: with the floor, the group minimum. */
export function mirrorMinDistribution(minGroupSize: number): number {
  return Math.max(MIRROR_MIN_GROUP_FLOOR, clampMirrorMinGroupSize(minGroupSize));
}
