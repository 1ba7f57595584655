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

/**
 * The overlays' looks: each its own colour AND line pattern, so no two can be mistaken for each other (also in
 * greyscale print, for colour-blind readers) or for a radar's own series (solid teal line, teal band).
 */
export const OVERLAY_STYLES = {
  /** The earlier scan: grey, long dashes. */
  previous: { stroke: "#57534e", dash: "7 4" },
  /** The agreed target: amber, dotted. */
  target: { stroke: "#b45309", dash: "2 3" },
  /** The peers' median: blue, dash-dot. */
  peers: { stroke: "#1d4ed8", dash: "12 4 2 4" },
} as const satisfies Record<string, { stroke: string; dash: string }>;

/** How many overlays a radar draws before the reader asks for more (the legend's buttons toggle each). */
export const DEFAULT_OVERLAYS = 2;

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
  /** Set for an overlay the reader can show or hide: whether it is drawn now. */
  pressed?: boolean;
};

/**
 * The outlines' legend entries, in the same order as their lines; with `isShown`, each is a toggle (`pressed`)
 * whose key is the outline's own key.
 */
export function outlineLegend(
  outlines: ReadonlyArray<RadarOutline>,
  isShown?: (key: string) => boolean,
): RadarLegendEntry[] {
  return outlines.map((o) =>
    isShown
      ? { key: o.key, label: o.label, stroke: o.stroke, dash: o.dash, pressed: isShown(o.key) }
      : { key: `outline:${o.key}`, label: o.label, stroke: o.stroke, dash: o.dash },
  );
}
