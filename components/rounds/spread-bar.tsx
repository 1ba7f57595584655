import type { Spread } from "@/lib/aggregation";

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/**
 * The middle half of the respondents on the 0–100 score: a box from Q1 to Q3 with a line at the mean. No
 * whiskers: the lowest and highest score are one person's each and are never shown. Plain HTML, so it
 * prints crisply; the label says the same in words.
 */
export function SpreadBar({ spread, mean, label }: { spread: Spread; mean: number; label: string }) {
  const q1 = clamp(spread.q1);
  const q3 = clamp(spread.q3);
  return (
    <div className="relative h-5" role="img" aria-label={label}>
      <div className="absolute inset-x-0 top-1/2 h-px bg-stone-200" />
      <div
        className="absolute top-0 bottom-0 rounded-sm border border-brand-600 bg-brand-100 print:border-stone-700 print:bg-stone-200"
        style={{ left: `${q1}%`, width: `max(${q3 - q1}%, 2px)` }}
      />
      <div
        className="absolute top-0 bottom-0 w-0.5 bg-brand-900 print:bg-black"
        style={{ left: `calc(${clamp(mean)}% - 1px)` }}
      />
    </div>
  );
}
