import { describe, expect, it } from "vitest";
import { firstParam, selectComparePair, submittedOldestFirst } from "@/lib/history/select-pair";
import { compareQuerySchema } from "@/lib/schemas/client";
import { scan } from "@/tests/factories/history";

const first = scan("first", 1, {});
const second = scan("second", 5, {});
const third = scan("third", 9, {});
const open = scan("open", 12, {}, { status: "in_progress", submittedAt: null });
const all = [third, open, first, second];

describe("compareQuerySchema", () => {
  it("keeps plausible ids and drops anything unusable", () => {
    expect(compareQuerySchema.parse({ a: "cmabc123", b: "Y2" })).toEqual({ a: "cmabc123", b: "Y2" });
    expect(compareQuerySchema.parse({ a: "", b: "z".repeat(41) })).toEqual({ a: undefined, b: undefined });
    expect(compareQuerySchema.parse({ a: "../x", b: "a b" })).toEqual({ a: undefined, b: undefined });
    expect(compareQuerySchema.parse({ a: 12 })).toEqual({ a: undefined });
    expect(compareQuerySchema.parse({})).toEqual({});
  });

  it("firstParam takes the first of repeated params", () => {
    expect(firstParam(["a", "b"])).toBe("a");
    expect(firstParam("c")).toBe("c");
    expect(firstParam(undefined)).toBeUndefined();
  });
});

describe("submittedOldestFirst", () => {
  it("keeps submitted scans only, oldest first", () => {
    expect(submittedOldestFirst(all).map((a) => a.id)).toEqual(["first", "second", "third"]);
  });
});

describe("selectComparePair", () => {
  it("defaults to the two latest submitted scans", () => {
    const pair = selectComparePair(all, {});
    expect([pair?.from.id, pair?.to.id, pair?.usedDefault]).toEqual(["second", "third", false]);
  });

  it("uses the requested scans, earlier one first whatever the order asked", () => {
    const pair = selectComparePair(all, { a: "third", b: "first" });
    expect([pair?.from.id, pair?.to.id, pair?.usedDefault]).toEqual(["first", "third", false]);
  });

  it("falls back to the default for unknown, unsubmitted or identical scans", () => {
    for (const query of [
      { a: "nope", b: "first" },
      { a: "open", b: "first" },
      { a: "first", b: "first" },
      { a: "x" },
    ]) {
      const pair = selectComparePair(all, query);
      expect([pair?.from.id, pair?.to.id, pair?.usedDefault]).toEqual(["second", "third", true]);
    }
  });

  it("returns null with fewer than two submitted scans", () => {
    expect(selectComparePair([first, open], {})).toBeNull();
    expect(selectComparePair([], { a: "first", b: "second" })).toBeNull();
  });
});
