import { describe, expect, it } from "vitest";
import { dayToDate } from "@/lib/targets/day-value";

describe("dayToDate", () => {
  it("reads a day as noon UTC, the same day in Amsterdam", () => {
    const date = dayToDate("2027-03-15");
    expect(date?.toISOString()).toBe("2027-03-15T12:00:00.000Z");
    expect(
      new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(date ?? 0),
    ).toBe("15 maart 2027");
  });

  it("is null for an empty, partial or impossible day", () => {
    for (const value of ["", "2027-3-15", "2027-02-30", "15-03-2027"]) expect(dayToDate(value)).toBeNull();
  });
});
