"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type TrendChartSeries = { key: string; label: string; colour: string; dash: string; width: number };
export type TrendChartBand = { from: number; to: number; name: string; fill: string; text: string };
export type TrendChartRow = { label: string } & Record<string, number | string | null>;

/** Scores over time on a 0–100 axis, with the level bands behind the lines. Decorative: a table says the same. */
export function TrendChart({
  rows,
  series,
  bands,
}: {
  rows: TrendChartRow[];
  series: TrendChartSeries[];
  bands: TrendChartBand[];
}) {
  return (
    <div className="space-y-3" aria-hidden="true">
      <div className="h-72 w-full sm:h-96 print:h-[280px]">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: -12 }}>
            {bands.map((band) => (
              <ReferenceArea
                key={band.from}
                y1={band.from}
                y2={band.to}
                fill={band.fill}
                fillOpacity={0.7}
                ifOverflow="hidden"
                label={{ value: band.name, position: "insideTopRight", fontSize: 11, fill: band.text }}
              />
            ))}
            <CartesianGrid stroke="#e7e5e4" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#57534e" }} padding={{ left: 24, right: 24 }} />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 20, 40, 60, 80, 100]}
              tick={{ fontSize: 11, fill: "#57534e" }}
              allowDataOverflow
            />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.colour}
                strokeWidth={s.width}
                strokeDasharray={s.dash}
                dot={{ r: s.width > 2 ? 4 : 3, fill: s.colour, strokeWidth: 0 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="flex flex-wrap gap-x-5 gap-y-1.5 text-sm text-stone-700">
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <svg width="32" height="10" aria-hidden="true" className="shrink-0">
              <line x1="0" y1="5" x2="32" y2="5" stroke={s.colour} strokeWidth={s.width} strokeDasharray={s.dash} />
            </svg>
            <span className={s.width > 2 ? "font-semibold" : undefined}>{s.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
