"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type TrendChartSeries = { key: string; label: string; colour: string; dash: string; width: number };
export type TrendChartBand = { from: number; to: number; name: string; fill: string; text: string };
/** `date` in ms since the epoch; the other keys are series keys. */
export type TrendChartRow = { date: number } & Record<string, number | null>;

const MONTH = 30 * 86_400_000;
const CHAR_WIDTH = 6.9;

/** Long level names ("In ontwikkeling") on two lines, so the label column stays narrow at 375 px. */
function wrapName(name: string): string[] {
  if (name.length <= 10) return [name];
  const cut = name.search(/[ -](?=\S+$)/);
  return cut > 0 ? [name.slice(0, name[cut] === "-" ? cut + 1 : cut), name.slice(cut + 1)] : [name];
}

type BandTickProps = { x?: number | string; y?: number | string; payload?: { value?: number } };

/**
 * Scores over time on a 0–100 axis, with the level bands behind the lines and their names on the right
 * (outside the plot, so they never sit on a line). Decorative: a table next to it says the same.
 */
export function TrendChart({
  rows,
  series,
  bands,
  dateLabels,
}: {
  rows: TrendChartRow[];
  series: TrendChartSeries[];
  bands: TrendChartBand[];
  /** Formatted on the server, keyed by `date`, so the axis speaks the page's language. */
  dateLabels: Record<number, string>;
}) {
  const dates = rows.map((r) => r.date);
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  // Some room around the first and last scan, inside the coloured bands; a single scan gets a month each side.
  const margin = first === last ? MONTH : (last - first) * 0.04;
  const labels = bands.map((b) => ({ ...b, lines: wrapName(b.name) }));
  const labelWidth = Math.max(0, ...labels.flatMap((b) => b.lines.map((l) => l.length))) * CHAR_WIDTH + 12;
  const renderBandTick = ({ x = 0, y = 0, payload }: BandTickProps) => {
    const band = labels.find((b) => (b.from + b.to) / 2 === payload?.value);
    if (!band) return <g />;
    const height = band.lines.length * 12 + 4;
    const top = Number(y) - height / 2;
    return (
      <g>
        <rect x={Number(x) + 2} y={top} width={labelWidth - 4} height={height} rx={4} fill={band.fill} />
        <text x={Number(x) + 7} y={top + 2} fontSize={10.5} fill={band.text} fontWeight={600}>
          {band.lines.map((line, i) => (
            <tspan key={line} x={Number(x) + 7} dy={i === 0 ? "1em" : "1.15em"}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  };
  return (
    <div className="space-y-3" aria-hidden="true">
      <div className="h-72 w-full sm:h-96 print:h-[280px]">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 4, bottom: 4, left: -16 }}>
            {bands.map((band) => (
              <ReferenceArea key={band.from} y1={band.from} y2={band.to} fill={band.fill} fillOpacity={0.75} />
            ))}
            <CartesianGrid stroke="#e7e5e4" vertical={false} />
            <XAxis
              dataKey="date"
              type="number"
              scale="time"
              domain={[first - margin, last + margin]}
              ticks={dates}
              tickFormatter={(value: number) => dateLabels[value] ?? ""}
              tick={{ fontSize: 11, fill: "#57534e" }}
              interval="preserveStartEnd"
              minTickGap={8}
            />
            <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 11, fill: "#57534e" }} />
            <YAxis
              yAxisId="bands"
              orientation="right"
              domain={[0, 100]}
              ticks={bands.map((b) => (b.from + b.to) / 2)}
              tick={renderBandTick}
              axisLine={false}
              tickLine={false}
              // Nothing is drawn against this axis, so without this recharts finds no domain and no ticks.
              allowDataOverflow
              width={Math.ceil(labelWidth) + 2}
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
