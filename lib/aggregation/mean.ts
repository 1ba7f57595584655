/** Arithmetic mean, or null for no values. Sums in sorted order so that the order of the input never changes the result. */
export function meanOf(values: ReadonlyArray<number>): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const value of sorted) sum += value;
  return sum / sorted.length;
}
