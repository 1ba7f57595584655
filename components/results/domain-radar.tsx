"use client";

import { Radar } from "recharts";
import { outlineRadars, RadarFrame } from "@/components/ui/radar-frame";
import { OVERLAY_STYLES, outlineLegend, type RadarOutline, withOutlines } from "@/components/ui/radar-outline";
import { useOverlayToggle } from "@/components/ui/radar-overlays";
import { formatScore } from "@/lib/display/score";

/** `previous` is the earlier scan's score for the same domain (undefined/null: none to compare with). */
export type RadarDatum = { domain: string; score: number | null; previous?: number | null };

const CURRENT = { stroke: "#1f716b", fill: "#2a8a83" };

/**
 * The domains on one chart. A domain without a score is not drawn at 0: the shape skips it (a gap
 * between its neighbours) and its label says it has no score, wrapped to fit at 375 px. With a
 * `previousLabel`, the earlier scan is drawn dashed and unfilled behind this one. Every overlay (earlier scan,
 * target, peers' median) has its own colour and pattern and a legend button: the first two are drawn by
 * default, the reader toggles the rest.
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
  // The earlier scan is one more unfilled line, drawn behind this scan's shape rather than over it.
  const behind: RadarOutline[] = previousLabel
    ? [
        {
          key: "previous",
          label: previousLabel,
          values: data.map((d) => d.previous ?? null),
          ...OVERLAY_STYLES.previous,
        },
      ]
    : [];
  const { isShown, toggle } = useOverlayToggle([...behind, ...outlines].map((o) => o.key));
  const drawnBehind = behind.filter((o) => isShown(o.key));
  const drawnOver = outlines.filter((o) => isShown(o.key));
  // A domain without a score is skipped (connectNulls) rather than drawn at 0, in every series.
  const rows = withOutlines(
    data.map((d) => ({ domain: d.domain, score: d.score })),
    [...drawnBehind, ...drawnOver],
  );
  const labels = data.map((d) =>
    d.score === null ? { name: d.domain, note: insufficientLabel } : { name: d.domain, value: formatScore(d.score) },
  );
  const legend =
    behind.length > 0 || outlines.length > 0
      ? [
          { key: "score", label: seriesLabel, stroke: CURRENT.stroke },
          ...outlineLegend(behind, isShown),
          ...outlineLegend(outlines, isShown),
        ]
      : [];
  return (
    <RadarFrame rows={rows} labels={labels} legend={legend} onToggle={toggle}>
      {outlineRadars(drawnBehind)}
      <Radar
        name={seriesLabel}
        dataKey="score"
        stroke={CURRENT.stroke}
        strokeWidth={2.5}
        fill={CURRENT.fill}
        fillOpacity={drawnBehind.length > 0 ? 0.25 : 0.35}
        connectNulls
        isAnimationActive={false}
      />
      {outlineRadars(drawnOver)}
    </RadarFrame>
  );
}
