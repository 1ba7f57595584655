/** Breaks a domain name into short lines so it fits beside a narrow (375 px) chart. */
export function wrapLabel(text: string, max = 13): string[] {
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

/** One angle-axis label: the domain's name, and under it a value (a score) or a note (why there is none). */
export type RadarTickLabel = { name: string; value?: string; muted?: boolean; note?: string };

/**
 * A radar angle-axis tick: the domain name on short lines, and optionally a value (the mean) or an italic
 * note under it, so long Dutch domain names are not cut off at the sides.
 */
export function radarTick(labels: ReadonlyArray<RadarTickLabel>) {
  return function renderTick({ x = 0, y = 0, textAnchor = "middle", index = 0 }: TickProps) {
    const label = labels[index];
    if (!label) return <g />;
    const lines = wrapLabel(label.name);
    // With a value under the name, the block sits above the tick point (as in DomainRadar); without, centred.
    const under = label.value !== undefined || label.note !== undefined;
    const first = under ? -0.2 - (lines.length - 1) * 0.6 : 0.35 - (lines.length - 1) * 0.575;
    return (
      <text x={x} y={y} textAnchor={textAnchor} fontSize={11.5} fill="#44403c">
        {lines.map((line, i) => (
          <tspan key={`name-${line}`} x={x} dy={i === 0 ? `${first}em` : "1.15em"}>
            {line}
          </tspan>
        ))}
        {label.value !== undefined && (
          <tspan x={x} dy="1.2em" fontWeight={600} fill={label.muted ? "#78716c" : "#184946"}>
            {label.value}
          </tspan>
        )}
        {label.value === undefined &&
          label.note !== undefined &&
          wrapLabel(label.note).map((line, i) => (
            <tspan key={`note-${line}`} x={x} dy={i === 0 ? "1.2em" : "1.1em"} fontStyle="italic" fill="#57534e">
              {line}
            </tspan>
          ))}
      </text>
    );
  };
}

/** A line sample for a chart legend (colour and dash, so series stay apart in greyscale print). */
export function LegendSwatch({ stroke, dash, fill }: { stroke: string; dash?: string; fill?: string }) {
  return (
    <svg width="32" height="12" aria-hidden="true" className="shrink-0">
      {fill ? (
        <rect x="1" y="1" width="30" height="10" rx="2" fill={fill} stroke={stroke} strokeWidth={1.5} />
      ) : (
        <line x1="0" y1="6" x2="32" y2="6" stroke={stroke} strokeWidth={dash ? 2 : 3} strokeDasharray={dash} />
      )}
    </svg>
  );
}
