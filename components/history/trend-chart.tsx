"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type TrendChartSeries = { key: string; label: string; colour: string; dash: string; width: number };
export type TrendChartBand = { from: number; to: number; name: string; fill: string; text: string };
/**
 * A series the reader cannot hide (the overall score) has `fixed`; the others are toggled by their legend
 * buttons.
 */
export type TrendChartSeriesOptions = { fixed?: boolean };
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

/** Up to this many domain lines are drawn by default; with more, the reader picks them (the table has all). */
const DEFAULT_DOMAINS = 3;

/**
 * Scores over time on a 0–100 axis, with the level bands behind the lines and their names on the right
 * (outside the plot, so they never sit on a line). The chart itself is decorative: a table next to it says
 * the same. With many domains the lines would tangle (6 domains × many scans), so the overall line is always
 * drawn and each domain has a legend button (aria-pressed); by default all domains when there are at most
 * DEFAULT_DOMAINS, otherwise the overall line alone.
 */
export function TrendChart({
  rows,
  series,
  bands,
  dateLabels,
}: {
  rows: TrendChartRow[];
  series: Array<TrendChartSeries & TrendChartSeriesOptions>;
  bands: TrendChartBand[];
  /** Formatted on the server, keyed by `date`, so the axis speaks the page's language. */
  dateLabels: Record<number, string>;
}) {
  const t = useTranslations("history.charts");
  const optional = series.filter((s) => !s.fixed);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(optional.length <= DEFAULT_DOMAINS ? optional.map((s) => s.key) : []),
  );
  const drawn = series.filter((s) => s.fixed || chosen.has(s.key));
  const toggle = (key: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
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
    <div className="space-y-3">
      <div className="h-72 w-full sm:h-96 print:h-[280px]" aria-hidden="true">
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
            {drawn.map((s) => (
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
      <div className="space-y-1.5">
        <ul className="flex flex-wrap gap-x-2 gap-y-1.5 text-sm text-stone-700" aria-label={t("domainsLabel")}>
          {series.map((s) => {
            const swatch = (
              <svg width="32" height="10" aria-hidden="true" className="shrink-0">
                <line x1="0" y1="5" x2="32" y2="5" stroke={s.colour} strokeWidth={s.width} strokeDasharray={s.dash} />
              </svg>
            );
            if (s.fixed)
              return (
                <li key={s.key} className="flex items-center gap-2 px-2 py-1">
                  {swatch}
                  <span className="font-semibold">{s.label}</span>
                </li>
              );
            const pressed = chosen.has(s.key);
            return (
              <li key={s.key}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => toggle(s.key)}
                  className={`flex items-center gap-2 rounded-md border px-2 py-1 focus-visible:outline-2 focus-visible:outline-brand-700 ${
                    pressed
                      ? "border-stone-400 bg-white text-stone-900"
                      : "border-dashed border-stone-300 bg-stone-50 text-stone-600"
                  }`}
                >
                  <span className={pressed ? undefined : "opacity-40"}>{swatch}</span>
                  <span className={pressed ? undefined : "line-through decoration-stone-400"}>{s.label}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {optional.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600 print:hidden">
            <span>{t("toggleHint")}</span>
            <button
              type="button"
              onClick={() => setChosen(new Set(optional.map((s) => s.key)))}
              className="rounded-md border border-stone-300 px-2 py-0.5 text-stone-800 focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              {t("all")}
            </button>
            <button
              type="button"
              onClick={() => setChosen(new Set())}
              className="rounded-md border border-stone-300 px-2 py-0.5 text-stone-800 focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              {t("none")}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
