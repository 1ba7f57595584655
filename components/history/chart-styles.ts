/**
 * Shared looks for the history charts. Series differ by colour AND dash pattern, so they stay apart in
 * greyscale print and for colour-blind readers. Colours from the Okabe–Ito palette.
 */
export const SERIES_STYLES = [
  { colour: "#0072b2", dash: "8 4" },
  { colour: "#d55e00", dash: "2 3" },
  { colour: "#009e73", dash: "12 3 3 3" },
  { colour: "#cc79a7", dash: "4 4" },
  { colour: "#8a6d00", dash: "16 3 3 3 3 3" },
  { colour: "#56b4e9", dash: "14 4" },
  { colour: "#7c3aed", dash: "6 2 1 2" },
  { colour: "#525252", dash: "3 6" },
] as const;

export const OVERALL_STYLE = { colour: "#184946", dash: "1 0" } as const;

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0];
}

/** Soft fills and label colours of the level bands, by rank: the tones of components/results/level-badge. */
export const BAND_TONES = [
  { fill: "#ffe2e2", text: "#82181a" },
  { fill: "#ffedd4", text: "#7e2a0c" },
  { fill: "#fef3c6", text: "#7b3306" },
  { fill: "#ecfcca", text: "#35530e" },
  { fill: "#d0fae5", text: "#004f3b" },
] as const;

export function bandTone(rank: number) {
  return BAND_TONES[Math.min(Math.max(rank, 0), BAND_TONES.length - 1)] ?? BAND_TONES[0];
}
