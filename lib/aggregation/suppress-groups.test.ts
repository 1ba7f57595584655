import { describe, expect, it } from "vitest";
import { clampMinGroupSize } from "@/lib/aggregation/minimums";
import { suppressGroups } from "@/lib/aggregation/suppress-groups";

const groups = (counts: Record<string, number>) => Object.entries(counts).map(([key, count]) => ({ key, count }));

describe("clampMinGroupSize", () => {
  it.each([
    // The default is 5 (issue 14: the survey anchors' minimum); 3 and 4 stay possible.
    [undefined, 5],
    [null, 5],
    [Number.NaN, 5],
    [0, 3],
    [1, 3],
    [2.9, 3],
    [3, 3],
    [5.7, 5],
    [10, 10],
    [11, 10],
    [Number.POSITIVE_INFINITY, 5],
  ])("%s → %s", (value, expected) => {
    expect(clampMinGroupSize(value)).toBe(expected);
  });
});

describe("suppressGroups", () => {
  it("hides nothing when every group reaches the minimum", () => {
    expect(suppressGroups({ groups: groups({ a: 3, b: 4 }), minGroupSize: 3 })).toEqual(new Set());
  });

  it("hides a group below the minimum, and then the smallest shown group while the hidden ones total 1..min−1", () => {
    // a (2) alone would be total − b − c; hiding b (4, before c by key) makes the residual 6.
    expect(suppressGroups({ groups: groups({ c: 4, a: 2, b: 4 }), minGroupSize: 3 })).toEqual(new Set(["a", "b"]));
  });

  it("stops as soon as the hidden groups together reach the minimum", () => {
    expect(suppressGroups({ groups: groups({ a: 1, b: 2, c: 5, d: 6 }), minGroupSize: 3 })).toEqual(
      new Set(["a", "b"]),
    );
  });

  it("hides the smallest group by size, not by key", () => {
    expect(suppressGroups({ groups: groups({ a: 9, b: 1, z: 3 }), minGroupSize: 3 })).toEqual(new Set(["b", "z"]));
  });

  it("counts respondents in no group of the breakdown as part of the residual", () => {
    expect(suppressGroups({ groups: groups({ a: 6 }), unlisted: 0, minGroupSize: 3 })).toEqual(new Set());
    expect(suppressGroups({ groups: groups({ a: 6, b: 3 }), unlisted: 1, minGroupSize: 3 })).toEqual(new Set(["b"]));
    expect(suppressGroups({ groups: groups({ a: 6 }), unlisted: 3, minGroupSize: 3 })).toEqual(new Set());
  });

  it("keeps groups hidden that are hidden already (e.g. a domain of a hidden group)", () => {
    expect(
      suppressGroups({ groups: groups({ a: 5, b: 5, c: 5 }), minGroupSize: 3, alwaysHidden: new Set(["a"]) }),
    ).toEqual(new Set(["a"]));
  });

  it("hides a group of zero (a domain nobody in it scored) without touching the others", () => {
    expect(suppressGroups({ groups: groups({ a: 0, b: 4, c: 3 }), minGroupSize: 3 })).toEqual(new Set(["a"]));
  });

  it("applies a higher minimum", () => {
    expect(suppressGroups({ groups: groups({ a: 4, b: 5, c: 9 }), minGroupSize: 5 })).toEqual(new Set(["a", "b"]));
  });
});
