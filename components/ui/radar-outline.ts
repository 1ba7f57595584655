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
