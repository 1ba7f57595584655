import { describe, expect, it } from "vitest";
import { domainKey, trendSeries } from "@/lib/history/trend-series";
import { questionnaireWith, scan } from "@/tests/factories/history";

const v1 = questionnaireWith(["alpha", "beta", "retired"]);
const v2 = questionnaireWith(["beta", "alpha", "fresh"], { version: 2 });
const find = (id: string, version: number) => [v1, v2].find((q) => q.id === id && q.version === version);

describe("trendSeries", () => {
  it("makes one row per submitted scan, oldest first, with a key per domain", () => {
    const { domains, rows } = trendSeries(
      [
        scan("late", 9, { alpha: 60, beta: null, retired: 40 }),
        scan("open", 12, {}, { status: "in_progress", submittedAt: null }),
        scan("early", 2, { alpha: 40, beta: 20, retired: 30 }),
      ],
      find,
    );
    expect(domains.map((d) => d.id)).toEqual(["alpha", "beta", "retired"]);
    expect(rows).toEqual([
      {
        scanId: "early",
        date: Date.UTC(2025, 0, 2),
        overall: 30,
        notMeasured: [],
        [domainKey("alpha")]: 40,
        [domainKey("beta")]: 20,
        [domainKey("retired")]: 30,
      },
      {
        scanId: "late",
        date: Date.UTC(2025, 0, 9),
        overall: 50,
        notMeasured: [],
        [domainKey("alpha")]: 60,
        [domainKey("beta")]: null, // insufficient
        [domainKey("retired")]: 40,
      },
    ]);
  });

  it("orders domains as the newest questionnaire and keeps retired ones after them", () => {
    const { domains, rows } = trendSeries(
      [
        scan("old", 1, { alpha: 40, beta: 50, retired: 30 }),
        scan("new", 5, { beta: 60, alpha: 45, fresh: 70 }, { questionnaireVersion: 2 }),
      ],
      find,
    );
    expect(domains.map((d) => d.id)).toEqual(["beta", "alpha", "fresh", "retired"]);
    expect(domains[0]?.name).toEqual(v2.domains[0]?.name);
    expect(rows.map((r) => r.notMeasured)).toEqual([["fresh"], ["retired"]]);
    expect(rows[0]?.[domainKey("fresh")]).toBeNull();
    expect(rows[1]?.[domainKey("retired")]).toBeNull();
  });

  it("keeps a null overall score", () => {
    const { rows } = trendSeries([scan("a", 1, { alpha: null, beta: null, retired: null })], find);
    expect(rows[0]?.overall).toBeNull();
  });

  it("names domains of an unknown questionnaire by id from the stored snapshot", () => {
    const { domains, rows } = trendSeries([scan("a", 1, { alpha: 40, lost: 20 }, { questionnaireId: "gone" })], find);
    expect(domains).toEqual([
      { id: "alpha", name: { nl: "alpha", en: "alpha" } },
      { id: "lost", name: { nl: "lost", en: "lost" } },
    ]);
    expect(rows[0]?.notMeasured).toEqual([]);
  });

  it("is empty without submitted scans", () => {
    expect(trendSeries([scan("open", 1, {}, { status: "in_progress", submittedAt: null })], find)).toEqual({
      domains: [],
      rows: [],
    });
  });
});
