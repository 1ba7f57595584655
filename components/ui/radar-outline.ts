/**
 * An extra unfilled line on a radar (a target, the peers' median …): one value per domain in the chart's
 * order, null where there is none. Pages build these; the radars only draw them with a legend entry.
 */
export type RadarOutline = {
  /** Unique per chart; used as the data key. */
  key: string;
  label: string;
  values: Array<number | null>;
  stroke: string;
  dash?: string;
};

/** Rows for recharts: each outline's value under `outline:<key>`. */
export function withOutlines<T extends object>(
  rows: T[],
  outlines: RadarOutline[],
): Array<T & Record<string, unknown>> {
  return rows.map((row, index) => {
    const extra: Record<string, number | null> = {};
    for (const outline of outlines) extra[`outline:${outline.key}`] = outline.values[index] ?? null;
    return { ...row, ...extra };
  });
}

/** A legend line: colour and dash (or a filled band), so series stay apart in greyscale print. */
export type RadarLegendEntry = {
  key: string;
  label: string;
  stroke: string;
  dash?: string;
  fill?: string;
  emphasis?: boolean;
};

/** The outlines' legend entries, in the same order as their lines. */
export function outlineLegend(outlines: ReadonlyArray<RadarOutline>): RadarLegendEntry[] {
  return outlines.map((o) => ({ key: `outline:${o.key}`, label: o.label, stroke: o.stroke, dash: o.dash }));
}
