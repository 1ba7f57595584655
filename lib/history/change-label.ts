import { displayScore } from "@/lib/display/score";

/**
 * What may be said about a change between two scans of a series, judged on the numbers as shown:
 * - `beyond-margin`: a real change — its whole points exceed the 90% margin shown beside it;
 * - `within-margin`: no larger than that margin, so it may be chance (who happened to answer);
 * - `one-person`: a self-scan is involved: one person's view, no margin applies;
 * - `margin-unknown`: a round without a stored margin (a snapshot from before intervals): no claim either way.
 */
export type ChangeLabelKind = "beyond-margin" | "within-margin" | "one-person" | "margin-unknown";

export type ChangeLabel = {
  label: ChangeLabelKind;
  /** The change in whole points, from the two shown scores (after − before). */
  points: number;
  /** The margin as shown, in whole points; null without one. */
  margin: number | null;
};

/** How the margin of a change is known: a number (points, unrounded), a self-scan, or not at all. */
export type ChangeMarginInput = number | "one-person" | "unknown";

/**
 * The label of a change from `before` to `after` (both 0–100, unrounded) given the 90% margin of the
 * difference (classifyChange's `margin`). The screen shows whole points, so the label is decided on those:
 * a real change when |shown change| > shown margin. At the edge (a change of 12 against a margin of 11.6, shown
 * as 12) that is a little more cautious than the unrounded rule, never bolder — and it never reads as "+12,
 * beyond ± 12".
 */
export function changeLabel(before: number, after: number, margin: ChangeMarginInput): ChangeLabel {
  const points = displayScore(after) - displayScore(before);
  if (margin === "one-person") return { label: "one-person", points, margin: null };
  if (margin === "unknown") return { label: "margin-unknown", points, margin: null };
  const shown = displayScore(margin);
  return { label: Math.abs(points) > shown ? "beyond-margin" : "within-margin", points, margin: shown };
}

/** The message (under a `margin` object) for a label, with its values: `{margin}` is the whole-point margin. */
export function changeLabelMessage(label: ChangeLabel): {
  key: "beyond" | "within" | "onePerson" | "unknown";
  values: { margin: number };
} {
  const margin = label.margin ?? 0;
  switch (label.label) {
    case "beyond-margin":
      return { key: "beyond", values: { margin } };
    case "within-margin":
      return { key: "within", values: { margin } };
    case "one-person":
      return { key: "onePerson", values: { margin } };
    case "margin-unknown":
      return { key: "unknown", values: { margin } };
  }
}

/**
 * The words for a target verdict (classifyTarget on the shown numbers): reached or not, crossed with beyond or
 * within the margin — clearly reached / at the target within the margin / close (within the margin) / clearly
 * short — or one person's view for a self-scan.
 */
export function targetVerdictMessage(verdict: {
  label: "beyond-margin" | "within-margin" | "one-person";
  reached: boolean;
  margin: number | null;
}): { key: "clearlyReached" | "atTarget" | "close" | "clearlyShort" | "onePerson"; values: { margin: number } } {
  const values = { margin: verdict.margin ?? 0 };
  if (verdict.label === "one-person") return { key: "onePerson", values };
  const beyond = verdict.label === "beyond-margin";
  if (verdict.reached) return { key: beyond ? "clearlyReached" : "atTarget", values };
  return { key: beyond ? "clearlyShort" : "close", values };
}
