"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export type RadarDatum = { domain: string; score: number | null };

/** The six domains on one chart. Insufficiently answered domains are drawn at the centre and labelled as such. */
export function DomainRadar({
  data,
  seriesLabel,
  insufficientLabel,
}: {
  data: RadarDatum[];
  seriesLabel: string;
  insufficientLabel: string;
}) {
  const chartData = data.map((d) => ({
    domain: d.score === null ? `${d.domain} (${insufficientLabel})` : `${d.domain} (${Math.round(d.score)})`,
    score: d.score ?? 0,
  }));
  return (
    <div className="h-80 w-full sm:h-96 print:h-[300px]" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={chartData} outerRadius="68%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
          <PolarGrid stroke="#d6d3d1" />
          <PolarAngleAxis dataKey="domain" tick={{ fontSize: 12, fill: "#44403c" }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={6} angle={90} tick={{ fontSize: 10, fill: "#78716c" }} />
          <Radar
            name={seriesLabel}
            dataKey="score"
            stroke="#1f716b"
            fill="#2a8a83"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
