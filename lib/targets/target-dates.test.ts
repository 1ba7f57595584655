import { describe, expect, it } from "vitest";
import { commonTargetDate, ownTargetDate, resolveTargetDate } from "@/lib/targets/target-dates";

describe("commonTargetDate", () => {
  it("is none without dates", () => {
    expect(commonTargetDate([])).toBeNull();
    expect(commonTargetDate([null, null])).toBeNull();
  });

  it("takes the date most targets share", () => {
    expect(commonTargetDate(["2027-06-30", "2027-03-01", "2027-06-30", null])).toBe("2027-06-30");
  });

  it("takes the earliest of equally shared dates", () => {
    expect(commonTargetDate(["2027-06-30", "2027-03-01"])).toBe("2027-03-01");
    expect(commonTargetDate(["2027-03-01", "2027-06-30", "2027-06-30", "2027-03-01"])).toBe("2027-03-01");
  });
});

describe("resolveTargetDate", () => {
  it("prefers the domain's own date", () => {
    expect(resolveTargetDate("2027-06-30", "2027-03-01")).toBe("2027-03-01");
  });

  it("falls back to the date for all domains, or none", () => {
    expect(resolveTargetDate("2027-06-30", null)).toBe("2027-06-30");
    expect(resolveTargetDate(null, null)).toBeNull();
  });
});

describe("ownTargetDate", () => {
  it("is empty when the saved date is the common one or none", () => {
    expect(ownTargetDate("2027-06-30", "2027-06-30")).toBe("");
    expect(ownTargetDate(null, "2027-06-30")).toBe("");
  });

  it("keeps a saved date that differs", () => {
    expect(ownTargetDate("2027-03-01", "2027-06-30")).toBe("2027-03-01");
  });
});
