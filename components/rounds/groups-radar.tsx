"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { seriesStyle } from "@/components/history/chart-styles";
import { LegendSwatch, radarTick } from "@/components/ui/radar-tick";

/** `values[i]` belongs to `series[i]`; null where that group's mean of the domain is not shown. */
export type GroupsRadarDatum = { domain: string; values: Array<number | null> };

/**
 * Several groups' domain means on one radar, told apart by colour and dash (greyscale print, colour-blind
 * readers). Decorative (aria-hidden): a table beside it carries the numbers. A hidden mean is skipped.
 */
export function GroupsRadar({
  data,
  series,
}: {
  data: GroupsRadarDatum[];
  series: ReadonlyArray<{ label: string; emphasis?: boolean }>;
}) {
  const rows = data.map((d) => {
    const row: Record<string, string | number | null> = { domain: d.domain };
    d.values.forEach((value, i) => {
      row[`s${i}`] = value;
    });
    return row;
  });
  const tick = radarTick(data.map((d) => ({ name: d.domain })));
  return (
    <div className="space-y-2" aria-hidden="true">
      <div className="h-80 w-full sm:h-[26rem] print:h-[300px]">
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart
            accessibilityLayer={false}
            data={rows}
            outerRadius="68%"
            margin={{ top: 16, right: 36, bottom: 16, left: 36 }}
          >
            <PolarGrid stroke="#d6d3d1" />
            <PolarAngleAxis dataKey="domain" tick={tick} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tickCount={6}
              angle={60}
              tick={{ fontSize: 10, fill: "#78716c" }}
              axisLine={false}
            />
            {series.map((s, i) => {
              const style = seriesStyle(i);
              return (
                <Radar
                  key={s.label}
                  dataKey={`s${i}`}
                  name={s.label}
                  stroke={style.colour}
                  strokeWidth={s.emphasis ? 3 : 2}
                  strokeDasharray={style.dash}
                  fill={style.colour}
                  fillOpacity={s.emphasis ? 0.12 : 0.05}
                  connectNulls
                  dot={{ r: 2.5, fill: style.colour, strokeWidth: 0 }}
                  isAnimationActive={false}
                />
              );
            })}
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1 text-sm text-stone-700">
        {series.map((s, i) => {
          const style = seriesStyle(i);
          return (
            <li key={s.label} className="flex items-center gap-2">
              <LegendSwatch stroke={style.colour} dash={style.dash} />
              <span className={s.emphasis ? "font-semibold" : undefined}>{s.label}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
