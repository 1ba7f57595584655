"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export type RadarDatum = { domain: string; score: number | null };

/** Breaks a domain name into short lines so it fits beside a narrow (375 px) chart. */
function wrapLabel(text: string, max = 13): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TickProps = {
  x?: number | string;
  y?: number | string;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  index?: number;
};

/** The six domains on one chart. Insufficiently answered domains sit at the centre, labelled as such. */
export function DomainRadar({
  data,
  seriesLabel,
  insufficientLabel,
}: {
  data: RadarDatum[];
  seriesLabel: string;
  insufficientLabel: string;
}) {
  const chartData = data.map((d) => ({ domain: d.domain, score: d.score ?? 0 }));
  // Name and score on two lines, so long Dutch domain names are not cut off at the sides.
  const renderTick = ({ x = 0, y = 0, textAnchor = "middle", index = 0 }: TickProps) => {
    const datum = data[index];
    if (!datum) return <g />;
    const lines = wrapLabel(datum.domain);
    return (
      <text x={x} y={y} textAnchor={textAnchor} fontSize={11.5} fill="#44403c">
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i === 0 ? `${-0.2 - (lines.length - 1) * 0.6}em` : "1.15em"}>
            {line}
          </tspan>
        ))}
        <tspan x={x} dy="1.2em" fontWeight={600} fill={datum.score === null ? "#78716c" : "#184946"}>
          {datum.score === null ? insufficientLabel : Math.round(datum.score)}
        </tspan>
      </text>
    );
  };
  return (
    <div className="h-80 w-full sm:h-[26rem] print:h-[300px]" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart accessibilityLayer={false} data={chartData} outerRadius="66%" margin={{ top: 20, right: 36, bottom: 20, left: 36 }}>
          <PolarGrid stroke="#d6d3d1" />
          <PolarAngleAxis dataKey="domain" tick={renderTick} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={6}
            angle={60}
            tick={{ fontSize: 10, fill: "#78716c" }}
            axisLine={false}
          />
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
