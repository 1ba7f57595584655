import { describe, expect, it } from "vitest";
import { selectComparePair, submittedOldestFirst } from "@/lib/history/select-pair";
import {
  compareSeriesOrder,
  defaultSeries,
  parseSeriesKey,
  SERIES_ORDER_BY,
  SERIES_ORDER_BY_NEWEST_FIRST,
  seriesKey,
  seriesWithResults,
} from "@/lib/history/series";
import { trendSeries } from "@/lib/history/trend-series";
import { scan } from "@/tests/factories/history";

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
        { id: "s1", series: "team:q", kind: "team", submittedAt: at(1) },
        { id: "s2", series: "self:q:board:", kind: "self", submittedAt: at(5) },
      ]),
    ).toBe("team:q");
  });

  it("otherwise takes the series of the latest result and ignores scans without one", () => {
    expect(
      defaultSeries([
        { id: "s3", series: "self:q:board:", kind: "self", submittedAt: at(1) },
        { id: "s4", series: "self:q:employee:", kind: "self", submittedAt: at(3) },
        { id: "s5", series: "team:q", kind: "team", submittedAt: null },
      ]),
    ).toBe("self:q:employee:");
    expect(defaultSeries([{ id: "s6", series: "team:q", kind: "team", submittedAt: null }])).toBeNull();
  });

  it("lists series with results, the default first", () => {
    expect(
      seriesWithResults([
        { id: "s7", series: "self:q:board:", kind: "self", submittedAt: at(9) },
        { id: "s8", series: "self:q:employee:", kind: "self", submittedAt: at(3) },
        { id: "s9", series: "team:q", kind: "team", submittedAt: at(1) },
        { id: "s10", series: "team:other", kind: "team", submittedAt: null },
      ]),
    ).toEqual(["team:q", "self:q:board:", "self:q:employee:"]);
  });
});

describe("series order", () => {
  // Two results of one series in the same millisecond: every sort breaks the tie by id, as the queries do.
  const same = new Date(Date.UTC(2026, 2, 1, 9));
  const b = scan("b", 1, {}, { submittedAt: same });
  const a = scan("a", 1, {}, { submittedAt: same });
  const earlier = scan("z", 1, {}, { submittedAt: at(1) });

  it("orders by submittedAt, then by id", () => {
    const positions = [
      { id: "b", submittedAt: same },
      { id: "z", submittedAt: at(1) },
      { id: "a", submittedAt: same },
    ];
    expect(positions.sort(compareSeriesOrder).map((s) => s.id)).toEqual(["z", "a", "b"]);
    expect(SERIES_ORDER_BY).toEqual([{ submittedAt: "asc" }, { id: "asc" }]);
    expect(SERIES_ORDER_BY_NEWEST_FIRST).toEqual([{ submittedAt: "desc" }, { id: "desc" }]);
  });

  it("gives the same tie-break in history, compare and trend", () => {
    expect(submittedOldestFirst([b, a, earlier]).map((s) => s.id)).toEqual(["z", "a", "b"]);
    expect(selectComparePair([b, a, earlier], {})).toMatchObject({ from: { id: "a" }, to: { id: "b" } });
    expect(selectComparePair([earlier, a, b], { a: "b", b: "a" })).toMatchObject({
      from: { id: "a" },
      to: { id: "b" },
    });
    expect(trendSeries([b, a, earlier], () => undefined).rows.map((r) => r.scanId)).toEqual(["z", "a", "b"]);
    expect(
      defaultSeries([
        { id: "b", series: "self:q:b:", kind: "self", submittedAt: same },
        { id: "a", series: "self:q:a:", kind: "self", submittedAt: same },
      ]),
    ).toBe("self:q:b:");
  });
});
