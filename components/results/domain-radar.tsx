"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { type RadarOutline, withOutlines } from "@/components/ui/radar-outline";
import { wrapLabel } from "@/components/ui/radar-tick";

/** `previous` is the earlier scan's score for the same domain (undefined/null: none to compare with). */
export type RadarDatum = { domain: string; score: number | null; previous?: number | null };

const CURRENT = { stroke: "#1f716b", fill: "#2a8a83" };
const PREVIOUS = { stroke: "#78716c", dash: "6 4" };

type TickProps = {
  x?: number | string;
  y?: number | string;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  index?: number;
};

function LegendLine({ stroke, dash, label }: { stroke: string; dash?: string; label: string }) {
  return (
    <li className="flex items-center gap-2">
      <svg width="32" height="10" aria-hidden="true" className="shrink-0">
        <line x1="0" y1="5" x2="32" y2="5" stroke={stroke} strokeWidth={dash ? 2 : 3} strokeDasharray={dash} />
      </svg>
      {label}
    </li>
  );
}

/**
 * The domains on one chart. A domain without a score is not drawn at 0: the shape skips it (a gap
 * between its neighbours) and its label says it has no score, wrapped to fit at 375 px. With a
 * `previousLabel`, the earlier scan is drawn dashed and unfilled behind this one, with a legend.
 */
export function DomainRadar({
  data,
  seriesLabel,
  insufficientLabel,
  previousLabel,
  outlines = [],
}: {
  data: RadarDatum[];
  seriesLabel: string;
  insufficientLabel: string;
  previousLabel?: string;
  /** Extra unfilled lines (a target, the peers' median), drawn over the scores with a legend entry each. */
  outlines?: RadarOutline[];
}) {
  // A domain without a score is skipped (connectNulls) rather than drawn at 0, in every series.
  const chartData = withOutlines(
    data.map((d) => ({ domain: d.domain, score: d.score, previous: d.previous ?? null })),
    outlines,
  );
  const legend = Boolean(previousLabel) || outlines.length > 0;
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
        {datum.score === null ? (
          wrapLabel(insufficientLabel).map((line, i) => (
            <tspan key={line} x={x} dy={i === 0 ? "1.2em" : "1.1em"} fontStyle="italic" fill="#57534e">
              {line}
            </tspan>
          ))
        ) : (
          <tspan x={x} dy="1.2em" fontWeight={600} fill="#184946">
            {Math.round(datum.score)}
          </tspan>
        )}
      </text>
    );
  };
  return (
    <div className="space-y-2">
      <div className="h-80 w-full sm:h-[26rem] print:h-[300px]" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart
            accessibilityLayer={false}
            data={chartData}
            outerRadius="66%"
            margin={{ top: 20, right: 36, bottom: 20, left: 36 }}
          >
            <PolarGrid stroke="#d6d3d1" />
            <PolarAngleAxis dataKey="domain" tick={renderTick} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tickCount={6}
              angle={60}
              tick={{ fontSize: 10, fill: "#78716c" }}
              axisLine={false}
            />
            {previousLabel && (
              <Radar
                name={previousLabel}
                dataKey="previous"
                stroke={PREVIOUS.stroke}
                strokeWidth={2}
                strokeDasharray={PREVIOUS.dash}
                fill="none"
                connectNulls
                isAnimationActive={false}
              />
            )}
            <Radar
              name={seriesLabel}
              dataKey="score"
              stroke={CURRENT.stroke}
              strokeWidth={2}
              fill={CURRENT.fill}
              fillOpacity={previousLabel ? 0.25 : 0.35}
              connectNulls
              isAnimationActive={false}
            />
            {outlines.map((outline) => (
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
            ))}
          </RadarChart>
        </ResponsiveContainer>
      </div>
      {legend && (
        <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1 text-sm text-stone-700">
          {previousLabel && <LegendLine stroke={PREVIOUS.stroke} dash={PREVIOUS.dash} label={previousLabel} />}
          <LegendLine stroke={CURRENT.stroke} label={seriesLabel} />
          {outlines.map((outline) => (
            <LegendLine key={outline.key} stroke={outline.stroke} dash={outline.dash} label={outline.label} />
          ))}
        </ul>
      )}
    </div>
  );
}
