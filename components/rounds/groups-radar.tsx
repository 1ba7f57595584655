"use client";

import { Radar } from "recharts";
import { seriesStyle } from "@/components/history/chart-styles";
import { RadarFrame } from "@/components/ui/radar-frame";

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
  const legend = series.map((s, i) => {
    const style = seriesStyle(i);
    return { key: s.label, label: s.label, stroke: style.colour, dash: style.dash, emphasis: s.emphasis };
  });
  return (
    <RadarFrame
      rows={rows}
      labels={data.map((d) => ({ name: d.domain }))}
      legend={legend}
      decorative
      outerRadius="68%"
      marginY={16}
    >
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
    </RadarFrame>
  );
}
