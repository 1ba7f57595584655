import { describe, expect, it } from "vitest";
import { displayScore, formatScore } from "@/lib/display/score";

describe("displayScore", () => {
  it("rounds to whole points", () => {
    expect(displayScore(62.4)).toBe(62);
    expect(displayScore(62.5)).toBe(63);
    expect(displayScore(0)).toBe(0);
    expect(displayScore(100)).toBe(100);
  });
});

describe("formatScore", () => {
  it("shows the whole number", () => {
    expect(formatScore(71.6)).toBe("72");
  });
  it("shows the missing text without a score", () => {
    expect(formatScore(null)).toBe("–");
    expect(formatScore(undefined, "not enough answers")).toBe("not enough answers");
    expect(formatScore(Number.NaN, "—")).toBe("—");
  });
});
