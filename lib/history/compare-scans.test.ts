import { describe, expect, it } from "vitest";
import { compareScans } from "@/lib/history/compare-scans";
import { questionnaireWith, scan } from "@/tests/factories/history";

const q = questionnaireWith(["alpha", "beta", "gamma", "delta"]);
const compare = (from: ReturnType<typeof scan>, to: ReturnType<typeof scan>, fq = q, tq = q) =>
  compareScans({ from, to, fromQuestionnaire: fq, toQuestionnaire: tq });

describe("compareScans", () => {
  it("gives per-domain scores, change and level change in questionnaire order", () => {
    const c = compare(
      scan("a", 1, { alpha: 30, beta: 50, gamma: 70, delta: 45 }),
      scan("b", 2, { alpha: 45, beta: 50, gamma: 55, delta: 48 }),
    );
    expect(
      c.rows.map((r) => [r.domainId, r.fromScore, r.toScore, r.change, r.fromLevel, r.toLevel, r.levelChange]),
    ).toEqual([
      ["alpha", 30, 45, 15, "aware", "developing", "up"],
      ["beta", 50, 50, 0, "developing", "developing", "same"],
      ["gamma", 70, 55, -15, "established", "developing", "down"],
      ["delta", 45, 48, 3, "developing", "developing", "same"],
    ]);
    expect(c.rows.every((r) => r.comparable && r.presentIn === "both")).toBe(true);
    expect(c.differentVersions).toBe(false);
    expect(c.notComparable).toEqual([]);
  });

  it("computes the overall change and level change", () => {
    const c = compare(
      scan("a", 1, {}, { overallScore: 38.6, overallLevel: "aware" }),
      scan("b", 2, {}, { overallScore: 41.2, overallLevel: "developing" }),
    );
    // Whole points as shown: 39 → 41.
    expect(c.overall).toEqual({
      fromScore: 38.6,
      toScore: 41.2,
      change: 2,
      fromLevel: "aware",
      toLevel: "developing",
      levelChange: "up",
    });
  });

  it("counts change in the whole points that are displayed", () => {
    const c = compare(scan("a", 1, { alpha: 62.4 }), scan("b", 2, { alpha: 65.5 }));
    expect(c.rows[0]?.change).toBe(4); // 62 → 66
  });

  it("picks at most two movers each way, largest first", () => {
    const c = compare(
      scan("a", 1, { alpha: 20, beta: 20, gamma: 80, delta: 80 }),
      scan("b", 2, { alpha: 30, beta: 45, gamma: 75, delta: 50 }),
    );
    expect(c.movedUp.map((r) => r.domainId)).toEqual(["beta", "alpha"]);
    expect(c.movedDown.map((r) => r.domainId)).toEqual(["delta", "gamma"]);
  });

  it("limits movers to two and breaks ties by questionnaire order", () => {
    const c = compare(
      scan("a", 1, { alpha: 20, beta: 20, gamma: 20, delta: 20 }),
      scan("b", 2, { alpha: 30, beta: 40, gamma: 30, delta: 40 }),
    );
    expect(c.movedUp.map((r) => [r.domainId, r.change])).toEqual([
      ["beta", 20],
      ["delta", 20],
    ]);
    const tie = compare(
      scan("a", 1, { alpha: 50, beta: 50, gamma: 50, delta: 50 }),
      scan("b", 2, { alpha: 40, beta: 40, gamma: 40, delta: 50 }),
    );
    expect(tie.movedDown.map((r) => r.domainId)).toEqual(["alpha", "beta"]);
    expect(tie.movedUp).toEqual([]);
  });

  it("leaves unchanged domains out of the movers", () => {
    const c = compare(scan("a", 1, { alpha: 50, beta: 50 }), scan("b", 2, { alpha: 50, beta: 50.4 }));
    expect(c.movedUp).toEqual([]);
    expect(c.movedDown).toEqual([]);
  });

  it("ignores insufficient domains: no change, level change n.a., never a mover", () => {
    const c = compare(
      scan("a", 1, { alpha: null, beta: 40, gamma: 10, delta: 50 }),
      scan("b", 2, { alpha: 90, beta: null, gamma: 20, delta: 45 }),
    );
    const [alpha, beta] = c.rows;
    expect(alpha).toMatchObject({ fromScore: null, toScore: 90, change: null, fromLevel: null, levelChange: "n.a." });
    expect(beta).toMatchObject({ fromScore: 40, toScore: null, change: null, toLevel: null, levelChange: "n.a." });
    expect(alpha?.comparable).toBe(true);
    expect(c.movedUp.map((r) => r.domainId)).toEqual(["gamma"]);
    expect(c.movedDown.map((r) => r.domainId)).toEqual(["delta"]);
  });

  it("has no overall change when either overall score is missing", () => {
    const c = compare(scan("a", 1, { alpha: null }), scan("b", 2, { alpha: 50 }));
    expect(c.overall).toMatchObject({ fromScore: null, toScore: 50, change: null, levelChange: "n.a." });
  });

  it("treats a stored score without snapshot row as insufficient", () => {
    const c = compare(scan("a", 1, { alpha: 40 }), scan("b", 2, { alpha: 60, beta: 50 }));
    expect(c.rows.find((r) => r.domainId === "beta")).toMatchObject({
      comparable: true,
      fromScore: null,
      toScore: 50,
      change: null,
    });
  });

  it("flags different questionnaire versions and matches domains by id", () => {
    const v1 = questionnaireWith(["alpha", "beta", "retired"]);
    const v2 = questionnaireWith(["beta", "alpha", "fresh"], { version: 2 });
    const c = compare(
      scan("a", 1, { alpha: 40, beta: 60, retired: 30 }),
      scan("b", 2, { beta: 70, alpha: 35, fresh: 55 }, { questionnaireVersion: 2 }),
      v1,
      v2,
    );
    expect(c.differentVersions).toBe(true);
    // The later questionnaire's order, then what only the earlier one had.
    expect(c.rows.map((r) => [r.domainId, r.presentIn, r.change])).toEqual([
      ["beta", "both", 10],
      ["alpha", "both", -5],
      ["fresh", "to", null],
      ["retired", "from", null],
    ]);
    expect(c.rows.find((r) => r.domainId === "fresh")).toMatchObject({
      comparable: false,
      fromScore: null,
      toScore: 55,
      levelChange: "n.a.",
    });
    expect(c.rows.find((r) => r.domainId === "retired")).toMatchObject({ fromScore: 30, toScore: null });
    expect(c.notComparable).toEqual(["fresh", "retired"]);
    expect(c.movedUp.map((r) => r.domainId)).toEqual(["beta"]);
    expect(c.movedDown.map((r) => r.domainId)).toEqual(["alpha"]);
  });

  it("flags a different questionnaire id even with the same version and domains", () => {
    const quick = questionnaireWith(["alpha", "beta", "gamma", "delta"], { id: "quick" });
    const c = compare(scan("a", 1, { alpha: 40 }), scan("b", 2, { alpha: 50 }, { questionnaireId: "quick" }), q, quick);
    expect(c.differentVersions).toBe(true);
    expect(c.notComparable).toEqual([]);
  });

  it("falls back to the stored domain snapshot when a questionnaire is unknown", () => {
    const c = compareScans({
      from: scan("a", 1, { alpha: 40, beta: 50 }, { questionnaireId: "gone" }),
      to: scan("b", 2, { alpha: 60, gamma: 70 }),
      fromQuestionnaire: undefined,
      toQuestionnaire: questionnaireWith(["alpha", "gamma"]),
    });
    expect(c.rows.map((r) => [r.domainId, r.presentIn, r.change, r.levelChange])).toEqual([
      ["alpha", "both", 20, "n.a."],
      ["gamma", "to", null, "n.a."],
      ["beta", "from", null, "n.a."],
    ]);
  });
});
