import type { Spread } from "@/lib/aggregation";

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/**
 * A small horizontal box plot on the 0–100 score: whisker from lowest to highest, box from Q1 to Q3, a
 * line at the median. Plain HTML, so it prints crisply; the label says the same in words.
 */
export function SpreadBar({ spread, label }: { spread: Spread; label: string }) {
  const min = clamp(spread.min);
  const q1 = clamp(spread.q1);
  const q3 = clamp(spread.q3);
  const max = clamp(spread.max);
  return (
    <div className="relative h-5" role="img" aria-label={label}>
      <div className="absolute inset-x-0 top-1/2 h-px bg-stone-200" />
      <div
        className="absolute top-1/2 h-0.5 -translate-y-1/2 bg-stone-500"
        style={{ left: `${min}%`, width: `${max - min}%` }}
      />
      <div className="absolute top-1 bottom-1 w-0.5 bg-stone-500" style={{ left: `calc(${min}% - 1px)` }} />
      <div className="absolute top-1 bottom-1 w-0.5 bg-stone-500" style={{ left: `calc(${max}% - 1px)` }} />
      <div
        className="absolute top-0 bottom-0 rounded-sm border border-brand-600 bg-brand-100 print:border-stone-700 print:bg-stone-200"
        style={{ left: `${q1}%`, width: `max(${q3 - q1}%, 2px)` }}
      />
      <div
        className="absolute top-0 bottom-0 w-0.5 bg-brand-900 print:bg-black"
        style={{ left: `calc(${clamp(spread.median)}% - 1px)` }}
      />
    </div>
  );
}
