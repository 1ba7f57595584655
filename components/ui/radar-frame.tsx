"use client";

import { useTranslations } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import type { RadarLegendEntry, RadarOutline } from "@/components/ui/radar-outline";
import { LegendSwatch, type RadarTickLabel, radarTick } from "@/components/ui/radar-tick";

/**
 * The frame every radar shares: size (also in print), grid, the 0–100 radius axis, the wrapped domain labels
 * and a legend under it. The chart itself is hidden from screen readers, since a table or the cards beside it
 * carry every number; `decorative` hides the legend too, where the surrounding text already names the series
 * (never a legend with buttons: an overlay the reader can toggle is a button with aria-pressed, always reachable).
 */
export function RadarFrame({
  rows,
  labels,
  legend = [],
  decorative = false,
  outerRadius = "70%",
  marginY = 20,
  onToggle,
  children,
}: {
  /** One row per domain, in the labels' order; the series' values under their data keys. */
  rows: ReadonlyArray<Record<string, unknown>>;
  labels: ReadonlyArray<RadarTickLabel>;
  legend?: ReadonlyArray<RadarLegendEntry>;
  decorative?: boolean;
  outerRadius?: string;
  marginY?: number;
  /** Shows or hides the overlay of a legend entry that has `pressed` set. */
  onToggle?: (key: string) => void;
  /** The series: recharts <Radar> elements. */
  children: ReactNode;
}) {
  const t = useTranslations("rounds.charts");
  const toggles = onToggle !== undefined && legend.some((entry) => entry.pressed !== undefined);
  const hideAll = decorative && !toggles;
  return (
    <div className="space-y-2" aria-hidden={hideAll ? "true" : undefined}>
      <div
        // Labels may reach into the card's padding rather than be cut off, so the radar itself can be larger.
        className="h-80 w-full sm:h-[26rem] print:h-[300px] [&_.recharts-surface]:overflow-visible"
        aria-hidden={hideAll ? undefined : "true"}
      >
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart
            accessibilityLayer={false}
            data={[...rows]}
            outerRadius={outerRadius}
            margin={{ top: marginY, right: 20, bottom: marginY, left: 20 }}
          >
            <PolarGrid stroke="#d6d3d1" />
            <PolarAngleAxis dataKey="domain" tick={radarTick(labels)} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tickCount={6}
              angle={60}
              tick={{ fontSize: 10, fill: "#78716c" }}
              axisLine={false}
            />
            {children}
          </RadarChart>
        </ResponsiveContainer>
      </div>
      {legend.length > 0 && (
        <div className="space-y-1">
          <ul
            className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-stone-700"
            aria-label={toggles ? t("legend") : undefined}
          >
            {legend.map((entry) => (
              <li key={entry.key} className="flex items-center gap-2">
                {entry.pressed !== undefined && onToggle ? (
                  <button
                    type="button"
                    aria-pressed={entry.pressed}
                    onClick={() => onToggle(entry.key)}
                    className={`flex items-center gap-2 rounded-md border px-2 py-1 focus-visible:outline-2 focus-visible:outline-brand-700 ${
                      entry.pressed
                        ? "border-stone-400 bg-white text-stone-900"
                        : "border-dashed border-stone-300 bg-stone-50 text-stone-600"
                    }`}
                  >
                    <span aria-hidden="true" className={entry.pressed ? undefined : "opacity-40"}>
                      <LegendSwatch stroke={entry.stroke} dash={entry.dash} fill={entry.fill} />
                    </span>
                    <span className={entry.pressed ? undefined : "line-through decoration-stone-400"}>
                      {entry.label}
                    </span>
                  </button>
                ) : (
                  <>
                    <LegendSwatch stroke={entry.stroke} dash={entry.dash} fill={entry.fill} />
                    {entry.emphasis ? <span className="font-semibold">{entry.label}</span> : entry.label}
                  </>
                )}
              </li>
            ))}
          </ul>
          {toggles && <p className="text-center text-xs text-stone-600 print:hidden">{t("toggleHint")}</p>}
        </div>
      )}
    </div>
  );
}

/** Extra unfilled lines (a target, the peers' median) as recharts series; rows come from withOutlines. */
export function outlineRadars(outlines: ReadonlyArray<RadarOutline>): ReactElement[] {
  return outlines.map((outline) => (
    <Radar
      key={outline.key}
      name={outline.label}
      dataKey={`outline:${outline.key}`}
      stroke={outline.stroke}
      strokeWidth={2.25}
      strokeDasharray={outline.dash}
      fill="none"
      connectNulls
      isAnimationActive={false}
    />
  ));
}
