"use client";

import type { ReactElement, ReactNode } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import type { RadarLegendEntry, RadarOutline } from "@/components/ui/radar-outline";
import { LegendSwatch, type RadarTickLabel, radarTick } from "@/components/ui/radar-tick";

/**
 * The frame every radar shares: size (also in print), grid, the 0–100 radius axis, the wrapped domain labels
 * and a legend under it. The chart itself is hidden from screen readers, since a table or the cards beside it
 * carry every number; `decorative` hides the legend too, where the surrounding text already names the series.
 */
export function RadarFrame({
  rows,
  labels,
  legend = [],
  decorative = false,
  outerRadius = "66%",
  marginY = 20,
  children,
}: {
  /** One row per domain, in the labels' order; the series' values under their data keys. */
  rows: ReadonlyArray<Record<string, unknown>>;
  labels: ReadonlyArray<RadarTickLabel>;
  legend?: ReadonlyArray<RadarLegendEntry>;
  decorative?: boolean;
  outerRadius?: string;
  marginY?: number;
  /** The series: recharts <Radar> elements. */
  children: ReactNode;
}) {
  return (
    <div className="space-y-2" aria-hidden={decorative ? "true" : undefined}>
      <div className="h-80 w-full sm:h-[26rem] print:h-[300px]" aria-hidden={decorative ? undefined : "true"}>
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart
            accessibilityLayer={false}
            data={[...rows]}
            outerRadius={outerRadius}
            margin={{ top: marginY, right: 36, bottom: marginY, left: 36 }}
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
        <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1 text-sm text-stone-700">
          {legend.map((entry) => (
            <li key={entry.key} className="flex items-center gap-2">
              <LegendSwatch stroke={entry.stroke} dash={entry.dash} fill={entry.fill} />
              {entry.emphasis ? <span className="font-semibold">{entry.label}</span> : entry.label}
            </li>
          ))}
        </ul>
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
      strokeWidth={2}
      strokeDasharray={outline.dash}
      fill="none"
      connectNulls
      isAnimationActive={false}
    />
  ));
}
