"use client";

import { Radar } from "recharts";
import { outlineRadars, RadarFrame } from "@/components/ui/radar-frame";
import { type RadarOutline, withOutlines } from "@/components/ui/radar-outline";
import { formatScore } from "@/lib/display/score";

const OUTSIDE = { stroke: "#1f716b", fill: "#2a8a83" };
/** The inside view: its own colour and a dashed line, so the two never read as one (also in greyscale). */
const INSIDE = { stroke: "#b45309", dash: "7 4" };

export type MirrorRadarDatum = { domain: string; inside: number | null; outside: number | null };

/**
 * Inside and outside on one radar: the customers' shape filled, the inside view as a dashed outline over it. A
 * domain without a score is skipped rather than drawn at 0. Decorative: the cards beside it carry every number.
 */
export function MirrorRadar({
  data,
  insideLabel,
  outsideLabel,
  insufficientLabel,
}: {
  data: MirrorRadarDatum[];
  insideLabel: string;
  outsideLabel: string;
  insufficientLabel: string;
}) {
  const outline: RadarOutline = {
    key: "inside",
    label: insideLabel,
    values: data.map((d) => d.inside),
    ...INSIDE,
  };
  const rows = withOutlines(
    data.map((d) => ({ domain: d.domain, score: d.outside })),
    [outline],
  );
  const labels = data.map((d) =>
    d.outside === null && d.inside === null
      ? { name: d.domain, note: insufficientLabel }
      : { name: d.domain, value: `${formatScore(d.inside)} / ${formatScore(d.outside)}` },
  );
  return (
    <RadarFrame
      rows={rows}
      labels={labels}
      decorative
      legend={[
        { key: "outside", label: outsideLabel, stroke: OUTSIDE.stroke, fill: OUTSIDE.fill },
        { key: "outline:inside", label: insideLabel, stroke: INSIDE.stroke, dash: INSIDE.dash },
      ]}
    >
      <Radar
        name={outsideLabel}
        dataKey="score"
        stroke={OUTSIDE.stroke}
        strokeWidth={2.5}
        fill={OUTSIDE.fill}
        fillOpacity={0.3}
        connectNulls
        isAnimationActive={false}
      />
      {outlineRadars([outline])}
    </RadarFrame>
  );
}
