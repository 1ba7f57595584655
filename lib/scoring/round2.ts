/**
 * Rounds to 2 decimals. The scaled value is first cut to 12 significant digits so that binary
 * noise (59.99999999999999, 1.00499999999) lands on the decimal it stands for before rounding;
 * otherwise exact level boundaries such as 20 could fall into the level below.
 */
export function round2(x: number): number {
  const scaled = Number((x * 100).toPrecision(12));
  return Math.round(scaled) / 100;
}
