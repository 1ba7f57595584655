import type { MirrorDomain, MirrorLabel } from "@/lib/mirror/types";

/** One decimal with a real minus sign, in the page's language (NPS, its margin, the report mark). */
export function formatDecimal(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits })
    .format(value)
    .replace("-", "−");
}

/** A signed whole number of points ("+18", "−16"). */
export function formatGap(gap: number): string {
  const rounded = Math.round(gap);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : "0";
}

/** The domain with the largest gap carrying `label` (blind spot: largest positive; hidden strength: most negative). */
export function largestOf(domains: readonly MirrorDomain[], label: MirrorLabel): MirrorDomain | null {
  const matching = domains.filter((d) => d.label === label && d.gap !== null);
  if (matching.length === 0) return null;
  return matching.reduce((best, d) => (Math.abs(d.gap ?? 0) > Math.abs(best.gap ?? 0) ? d : best));
}

/** The label's look: its own colour AND a symbol, so it reads in greyscale print too. */
export const LABEL_STYLE: Record<MirrorLabel, { className: string; symbol: string }> = {
  "blind-spot": { className: "border-red-700 bg-red-50 text-red-900", symbol: "▼" },
  "hidden-strength": { className: "border-sky-700 bg-sky-50 text-sky-900", symbol: "▲" },
  aligned: { className: "border-stone-400 bg-stone-50 text-stone-800", symbol: "=" },
};
