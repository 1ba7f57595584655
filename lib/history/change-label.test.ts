import { describe, expect, it } from "vitest";
import { classifyChange, classifyTarget } from "@/lib/aggregation/margin-rules";
import { changeLabel, changeLabelMessage, targetVerdictMessage } from "@/lib/history/change-label";

// Two rounds of 10 with the reference spread (15): each margin90 = t(0.95, 9) · 15 / √10 = 1.8331 · 4.7434 = 8.70.
// The difference's margin (Welch, equal n: df = 18) = t(0.95, 18) · √(2 · 15² / 10) = 1.7341 · 6.7082 = 11.63,
// shown as ± 12. FridayPulse's example: 56 → 66 (+10) is within it, 56 → 70 (+14) is a real change.
const round10 = (score: number) => ({ kind: "group" as const, score, respondents: 10, margin90: 8.7 });

describe("changeLabel", () => {
  it("reproduces the margin of two rounds of 10 by hand", () => {
    const { margin } = classifyChange({ before: round10(56), after: round10(66) });
    expect(margin).toBeCloseTo(11.63, 1);
  });

  it("labels 56 → 66 in two rounds of 10 as within the margin of ± 12", () => {
    const margin = classifyChange({ before: round10(56), after: round10(66) }).margin as number;
    expect(changeLabel(56, 66, margin)).toEqual({ label: "within-margin", points: 10, margin: 12 });
  });

  it("labels 56 → 70 in two rounds of 10 as a real change", () => {
    const margin = classifyChange({ before: round10(56), after: round10(70) }).margin as number;
    expect(changeLabel(56, 70, margin)).toEqual({ label: "beyond-margin", points: 14, margin: 12 });
  });

  it("judges on the shown numbers: +12 against a margin shown as 12 stays within it", () => {
    // Unrounded, 12 > 11.63 would be beyond; on screen "+12, beyond ± 12" would not add up.
    expect(changeLabel(56, 68, 11.63).label).toBe("within-margin");
    expect(changeLabel(56, 69, 11.63).label).toBe("beyond-margin");
  });

  it("takes the change between the rounded scores", () => {
    // 55.6 and 66.4 are shown as 56 and 66: +10, not +10.8 (or +11).
    expect(changeLabel(55.6, 66.4, 11.63).points).toBe(10);
    expect(changeLabel(70.4, 55.6, 11.63)).toEqual({ label: "beyond-margin", points: -14, margin: 12 });
  });

  it("says one person's view, with no margin, when a self-scan is involved", () => {
    expect(changeLabel(56, 80, "one-person")).toEqual({ label: "one-person", points: 24, margin: null });
  });

  it("claims nothing when a snapshot has no margin", () => {
    expect(changeLabel(56, 80, "unknown")).toEqual({ label: "margin-unknown", points: 24, margin: null });
  });
});

describe("changeLabelMessage", () => {
  it("maps each label to its message and the whole-point margin", () => {
    expect(changeLabelMessage(changeLabel(56, 70, 11.63))).toEqual({ key: "beyond", values: { margin: 12 } });
    expect(changeLabelMessage(changeLabel(56, 66, 11.63))).toEqual({ key: "within", values: { margin: 12 } });
    expect(changeLabelMessage(changeLabel(56, 66, "one-person")).key).toBe("onePerson");
    expect(changeLabelMessage(changeLabel(56, 66, "unknown")).key).toBe("unknown");
  });
});

describe("targetVerdictMessage", () => {
  // A round of 10: margin90 = 8.70, shown ± 9 (classifyTarget on the shown numbers: 63 against a bound of 63 …).
  const round = (score: number) => ({ kind: "group" as const, score, respondents: 10, margin90: 9 });
  it("reads the four outcomes of classifyTarget", () => {
    expect(targetVerdictMessage(classifyTarget({ actual: round(73), target: 63 }))).toEqual({
      key: "clearlyReached",
      values: { margin: 9 },
    });
    expect(targetVerdictMessage(classifyTarget({ actual: round(72), target: 63 })).key).toBe("atTarget");
    expect(targetVerdictMessage(classifyTarget({ actual: round(63), target: 63 })).key).toBe("atTarget");
    expect(targetVerdictMessage(classifyTarget({ actual: round(58), target: 63 })).key).toBe("close");
    expect(targetVerdictMessage(classifyTarget({ actual: round(54), target: 63 })).key).toBe("close");
    expect(targetVerdictMessage(classifyTarget({ actual: round(53), target: 63 })).key).toBe("clearlyShort");
  });
  it("says one person's view for a self-scan", () => {
    const verdict = classifyTarget({ actual: { kind: "one-person", score: 70 }, target: 63 });
    expect(targetVerdictMessage(verdict).key).toBe("onePerson");
  });
});
