import type { CSSProperties } from "react";
import type { DistributionSegment } from "@/lib/aggregation/statement-order";

/** Diverging, colour-blind safe (ColorBrewer RdBu); the middle is a neutral grey. */
const SCALE_COLOURS = ["#b2182b", "#ef8a62", "#d4d4d4", "#67a9cf", "#2166ac"] as const;
const DARK_TEXT = "#1c1917";

/** Backgrounds must print: the bar is nothing but backgrounds. */
const PRINT_EXACT: CSSProperties = { printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" };

/** The look of a segment: scale points on the diverging palette, the non-answers hatched grey. */
export function segmentStyle(segment: DistributionSegment, index: number, points: number): CSSProperties {
  if (segment.kind === "dontKnow")
    return { background: "repeating-linear-gradient(45deg, #d6d3d1 0 4px, #f5f5f4 4px 8px)", color: DARK_TEXT };
  if (segment.kind === "notApplicable")
    return { background: "repeating-linear-gradient(-45deg, #a8a29e 0 2px, #f5f5f4 2px 6px)", color: DARK_TEXT };
  if (segment.kind === "unanswered")
    return { background: "#ffffff", color: DARK_TEXT, boxShadow: "inset 0 0 0 1px #d6d3d1" };
  const position = points > 1 ? index / (points - 1) : 0.5;
  const tone = Math.round(position * (SCALE_COLOURS.length - 1));
  const dark = tone === 0 || tone === SCALE_COLOURS.length - 1;
  return { background: SCALE_COLOURS[tone], color: dark ? "#ffffff" : DARK_TEXT };
}

/** A stacked horizontal bar of one statement's answers; decorative, the table beside it says the same. */
export function DistributionBar({ segments, points }: { segments: DistributionSegment[]; points: number }) {
  let pointIndex = 0;
  return (
    <div
      className="flex h-6 w-full overflow-hidden rounded-md bg-stone-100"
      style={PRINT_EXACT}
      aria-hidden="true"
      data-testid="distribution-bar"
    >
      {segments.map((segment) => {
        const index = segment.kind === "point" ? pointIndex++ : 0;
        if (segment.count === 0) return null;
        return (
          <div
            key={`${segment.kind}-${segment.value ?? ""}`}
            className="flex items-center justify-center overflow-hidden text-xs font-semibold tabular-nums"
            style={{ ...segmentStyle(segment, index, points), ...PRINT_EXACT, width: `${segment.percent}%` }}
          >
            {segment.percent >= 8 ? segment.count : null}
          </div>
        );
      })}
    </div>
  );
}

/** A colour sample for the legend, in the bar's own style. */
export function SegmentSwatch({ style }: { style: CSSProperties }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3.5 w-5 shrink-0 rounded-sm"
      style={{ ...style, ...PRINT_EXACT, color: undefined }}
    />
  );
}
