"use client";

import { Radar } from "recharts";
import { outlineRadars, RadarFrame } from "@/components/ui/radar-frame";
import { outlineLegend, type RadarOutline, withOutlines } from "@/components/ui/radar-outline";
import { useOverlayToggle } from "@/components/ui/radar-overlays";
import { formatScore } from "@/lib/display/score";

/** One domain of the round; all numbers null when the domain is hidden. */
export type SpreadRadarDatum = {
  domain: string;
  mean: number | null;
  q1: number | null;
  q3: number | null;
};

const MEAN = "#184946";
const BAND = { stroke: "#2a8a83", fill: "#acd9d5" };
type BandPoint = { x: number; y: number; cx?: number; cy?: number; payload?: { q1?: number; q3?: number } };

/**
 * The interquartile band as one ring: the Q3 polygon with the Q1 polygon cut out (even-odd), so the
 * grid stays visible inside. The radius axis runs from 0, so Q1's point lies on the line to Q3's at q1/q3.
 */
function BandShape({ points }: { points?: BandPoint[] }) {
  if (!points || points.length === 0) return <g />;
  const inner = points.map((p) => {
    const cx = p.cx ?? 0;
    const cy = p.cy ?? 0;
    const q3 = p.payload?.q3 ?? 0;
    const ratio = q3 > 0 ? (p.payload?.q1 ?? 0) / q3 : 0;
    return { x: cx + (p.x - cx) * ratio, y: cy + (p.y - cy) * ratio };
  });
  const ring = (list: Array<{ x: number; y: number }>) =>
    `M${list.map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`).join("L")}Z`;
  return (
    <path
      d={`${ring(points)}${ring(inner)}`}
      fillRule="evenodd"
      fill={BAND.fill}
      fillOpacity={0.7}
      stroke={BAND.stroke}
      strokeWidth={1}
    />
  );
}

/**
 * The round's mean per domain with the middle half of the respondents (Q1–Q3) as a band where the spread is
 * shown (never a lowest or highest score: one person's each). Decorative (aria-hidden): the cards beside it carry
 * every number. The band and the outlines (target, peers' median) are overlays with a legend button each: the
 * first two are drawn by default, the reader toggles the rest.
 */
export function SpreadRadar({
  data,
  labels: text,
  outlines = [],
}: {
  data: SpreadRadarDatum[];
  labels: { mean: string; band: string; hidden: string };
  /** Extra unfilled lines (a target, the peers' median), drawn over the mean with a legend entry each. */
  outlines?: RadarOutline[];
}) {
  const { isShown, toggle } = useOverlayToggle(["band", ...outlines.map((o) => o.key)]);
  const drawn = outlines.filter((o) => isShown(o.key));
  const band = isShown("band");
  // Hidden domains sit at the centre (and are labelled as such under their name).
  const rows = withOutlines(
    data.map((d) => ({
      domain: d.domain,
      mean: d.mean ?? 0,
      q1: d.q1 ?? 0,
      q3: d.q3 ?? 0,
    })),
    drawn,
  );
  const ticks = data.map((d) =>
    d.mean === null
      ? { name: d.domain, value: text.hidden, muted: true }
      : { name: d.domain, value: formatScore(d.mean) },
  );
  const legend = [
    { key: "mean", label: text.mean, stroke: MEAN },
    { key: "band", label: text.band, ...BAND, pressed: band },
    ...outlineLegend(outlines, isShown),
  ];
  return (
    <RadarFrame rows={rows} labels={ticks} legend={legend} decorative onToggle={toggle}>
      {band && <Radar dataKey="q3" name={text.band} shape={BandShape} isAnimationActive={false} />}
      <Radar
        dataKey="mean"
        name={text.mean}
        stroke={MEAN}
        strokeWidth={2.5}
        fill="none"
        dot={{ r: 2.5, fill: MEAN, strokeWidth: 0 }}
        isAnimationActive={false}
      />
      {outlineRadars(drawn)}
    </RadarFrame>
  );
}
