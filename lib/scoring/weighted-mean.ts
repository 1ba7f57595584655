export type Weighted = { weight: number; value: number };

/** Σ(weight × value) / Σ(weight), or null for an empty list. */
export function weightedMean(entries: ReadonlyArray<Weighted>): number | null {
  if (entries.length === 0) return null;
  let weighted = 0;
  let weights = 0;
  for (const { weight, value } of entries) {
    weighted += weight * value;
    weights += weight;
  }
  return weighted / weights;
}
