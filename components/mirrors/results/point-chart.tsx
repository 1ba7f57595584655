/** One value per point (null: none), optionally with a margin drawn as an error bar. */
export type ChartPoint = { label: string; value: number | null; margin?: number | null };

const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 36, right: 24, top: 10, bottom: 24 };

/**
 * A small line of points on a fixed axis, drawn on the server as SVG (prints as is, no script). Decorative:
 * the table beside it carries every number. Points without a value leave a gap.
 */
export function PointChart({
  title,
  points,
  min,
  max,
  ticks,
  colour,
}: {
  title: string;
  points: ChartPoint[];
  min: number;
  max: number;
  ticks: number[];
  colour: string;
}) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => PAD.top + plotH - ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * plotH;
  const segments: string[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (p.value !== null && prev && prev.value !== null)
      segments.push(`M${x(i - 1)},${y(prev.value)} L${x(i)},${y(p.value)}`);
  });
  return (
    <figure className="space-y-1" aria-hidden="true">
      <figcaption className="text-sm font-semibold text-stone-700">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-sm" role="presentation">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={tick === 0 ? "#78716c" : "#e7e5e4"}
            />
            <text x={PAD.left - 4} y={y(tick) + 3} textAnchor="end" fontSize="10" fill="#57534e">
              {tick}
            </text>
          </g>
        ))}
        {segments.map((d) => (
          <path key={d} d={d} stroke={colour} strokeWidth="2" fill="none" />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            // biome-ignore lint/suspicious/noArrayIndexKey: points are in a fixed order
            <g key={i}>
              {p.margin ? (
                <g stroke={colour} strokeWidth="1.5">
                  <line x1={x(i)} x2={x(i)} y1={y(p.value - p.margin)} y2={y(p.value + p.margin)} />
                  <line x1={x(i) - 4} x2={x(i) + 4} y1={y(p.value - p.margin)} y2={y(p.value - p.margin)} />
                  <line x1={x(i) - 4} x2={x(i) + 4} y1={y(p.value + p.margin)} y2={y(p.value + p.margin)} />
                </g>
              ) : null}
              <circle cx={x(i)} cy={y(p.value)} r="4" fill={colour} />
            </g>
          ),
        )}
        {points.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: points are in a fixed order
          <text key={i} x={x(i)} y={HEIGHT - 6} textAnchor="middle" fontSize="10" fill="#57534e">
            {p.label}
          </text>
        ))}
      </svg>
    </figure>
  );
}
