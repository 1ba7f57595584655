import { describe, expect, it } from "vitest";
import { defaultSeries, parseSeriesKey, seriesKey, seriesWithResults } from "@/lib/history/series";

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe("seriesKey", () => {
  it("keeps team rounds per questionnaire and self-scans per questionnaire, role and team", () => {
    expect(seriesKey({ kind: "team", questionnaireId: "klantkompas-full" })).toBe("team:klantkompas-full");
    expect(seriesKey({ kind: "self", questionnaireId: "klantkompas-quick", role: "board", team: "" })).toBe(
      "self:klantkompas-quick:board:",
    );
    expect(seriesKey({ kind: "self", questionnaireId: "q", role: "manager", team: "A" })).not.toBe(
      seriesKey({ kind: "self", questionnaireId: "q", role: "manager", team: "B" }),
    );
  });

  it("parses what it makes, team names with colons included, and nothing else", () => {
    const parts = { kind: "self", questionnaireId: "q", role: "employee", team: "Sales: Noord" } as const;
    expect(parseSeriesKey(seriesKey(parts))).toEqual(parts);
    expect(parseSeriesKey("team:q")).toEqual({ kind: "team", questionnaireId: "q" });
    expect(parseSeriesKey("rubbish")).toBeNull();
    expect(parseSeriesKey("team:q:extra")).toBeNull();
  });
});

describe("defaultSeries", () => {
  it("prefers team rounds over a more recent self-scan", () => {
    expect(
      defaultSeries([
        { series: "team:q", kind: "team", submittedAt: at(1) },
        { series: "self:q:board:", kind: "self", submittedAt: at(5) },
      ]),
    ).toBe("team:q");
  });

  it("otherwise takes the series of the latest result and ignores scans without one", () => {
    expect(
      defaultSeries([
        { series: "self:q:board:", kind: "self", submittedAt: at(1) },
        { series: "self:q:employee:", kind: "self", submittedAt: at(3) },
        { series: "team:q", kind: "team", submittedAt: null },
      ]),
    ).toBe("self:q:employee:");
    expect(defaultSeries([{ series: "team:q", kind: "team", submittedAt: null }])).toBeNull();
  });

  it("lists series with results, the default first", () => {
    expect(
      seriesWithResults([
        { series: "self:q:board:", kind: "self", submittedAt: at(9) },
        { series: "self:q:employee:", kind: "self", submittedAt: at(3) },
        { series: "team:q", kind: "team", submittedAt: at(1) },
        { series: "team:other", kind: "team", submittedAt: null },
      ]),
    ).toEqual(["team:q", "self:q:board:", "self:q:employee:"]);
  });
});
