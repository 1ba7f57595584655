import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointsChange } from "@/lib/history/compare-scans";
import { buildLoopRows, hasLoop, targetOutlineValues, targetsReached } from "@/lib/targets/loop-summary";

const target = (domainId: string, minScore: number, levelId = "established") => ({
  domainId,
  levelId,
  minScore,
  targetDate: null,
});
const action = (id: string, domainId: string, status: string) => ({ id, domainId, title: `Actie ${id}`, status });

describe("buildLoopRows", () => {
  const rows = buildLoopRows({
    domainIds: ["leadership", "culture", "hr"],
    previousScores: [
      { domainId: "leadership", score: 50.4 },
      { domainId: "culture", score: 60 },
      { domainId: "hr", score: 30 },
    ],
    currentScores: [
      { domainId: "leadership", score: 62.6, level: "established" },
      { domainId: "culture", score: 58, level: "developing" },
      { domainId: "hr", score: null, level: null },
    ],
    targets: [target("leadership", 62.5), target("culture", 62.5), target("hr", 37.5, "developing")],
    actions: [
      action("a", "leadership", "done"),
      action("b", "leadership", "done"),
      action("c", "leadership", "in_progress"),
      action("d", "culture", "dropped"),
      action("e", "culture", "not_started"),
    ],
  });

  it("has a row per domain in this scan's order", () => {
    expect(rows.map((r) => r.domainId)).toEqual(["leadership", "culture", "hr"]);
  });
  it("takes the change from pointsChange (whole points, as shown)", () => {
    expect(rows[0]?.change).toBe(pointsChange(50.4, 62.6));
    expect(rows[0]?.change).toBe(13);
    expect(rows[1]?.change).toBe(-2);
    expect(rows[2]?.change).toBeNull();
  });
  it("evaluates each target against this scan's score", () => {
    expect(rows[0]?.evaluation).toEqual({ status: "reached", margin: 0.1 });
    expect(rows[1]?.evaluation).toEqual({ status: "not-reached", margin: -4.5 });
    expect(rows[2]?.evaluation).toEqual({ status: "no-score", margin: null });
  });
  it("sorts the actions into done, open and dropped", () => {
    expect(rows[0]?.done.map((a) => a.id)).toEqual(["a", "b"]);
    expect(rows[0]?.open.map((a) => a.id)).toEqual(["c"]);
    expect(rows[1]?.dropped.map((a) => a.id)).toEqual(["d"]);
    expect(rows[1]?.open.map((a) => a.id)).toEqual(["e"]);
  });
  it("counts targets reached out of those that could be judged", () => {
    expect(targetsReached(rows)).toEqual({ reached: 1, judged: 2 });
  });
});

describe("rows for domains this scan does not have", () => {
  it("come last, without a current score, when the earlier targets or actions name them", () => {
    const rows = buildLoopRows({
      domainIds: ["leadership"],
      previousScores: [
        { domainId: "leadership", score: 40 },
        { domainId: "old", score: 40 },
      ],
      currentScores: [{ domainId: "leadership", score: 45, level: "developing" }],
      targets: [target("old", 62.5)],
      actions: [action("x", "old", "done")],
    });
    expect(rows.map((r) => r.domainId)).toEqual(["leadership", "old"]);
    expect(rows[1]).toMatchObject({ currentScore: null, change: null, evaluation: { status: "no-score" } });
  });
});

describe("hasLoop", () => {
  it("is true with a target or any action, false with neither", () => {
    const [withTarget, withAction, without] = buildLoopRows({
      domainIds: ["a", "b", "c"],
      previousScores: [],
      currentScores: [],
      targets: [target("a", 10)],
      actions: [action("1", "b", "dropped")],
    });
    expect([withTarget, withAction, without].map((r) => r && hasLoop(r))).toEqual([true, true, false]);
  });
});

describe("targetOutlineValues", () => {
  it("gives each domain its target's lower bound in chart order, null without one", () => {
    expect(targetOutlineValues(["a", "b", "c"], [target("c", 62.5), target("a", 37.5)])).toEqual([37.5, null, 62.5]);
  });
  it("always has one value per domain (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 8 }), (ids) => {
        expect(
          targetOutlineValues(
            ids,
            ids.slice(0, 2).map((id) => target(id, 50)),
          ),
        ).toHaveLength(ids.length);
      }),
    );
  });
});
