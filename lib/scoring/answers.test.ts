import { describe, expect, it } from "vitest";
import { AnswersFormatError, answersFromJson } from "@/lib/scoring/answers-from-json";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";

describe("answersFromRecord", () => {
  it("turns a record into answer inputs", () => {
    expect(answersFromRecord({ "alpha-1": 4, "alpha-2": "na" })).toEqual([
      { itemId: "alpha-1", value: 4 },
      { itemId: "alpha-2", value: "na" },
    ]);
    expect(answersFromRecord({})).toEqual([]);
  });
});

describe("answersFromJson", () => {
  it("reads the object form", () => {
    expect(answersFromJson(JSON.parse('{ "alpha-1": 4, "beta-1": "na" }'))).toEqual([
      { itemId: "alpha-1", value: 4 },
      { itemId: "beta-1", value: "na" },
    ]);
  });

  it("reads the array form, keeping duplicates for validation to report", () => {
    const raw = [
      { itemId: "alpha-1", value: 4 },
      { itemId: "alpha-1", value: "na" },
    ];
    expect(answersFromJson(raw)).toEqual(raw);
  });

  it("keeps a __proto__ key as an ordinary item id", () => {
    expect(answersFromJson(JSON.parse('{ "__proto__": 3 }'))).toEqual([{ itemId: "__proto__", value: 3 }]);
  });

  it.each([
    ["a string", "4", /expected an object/],
    ["null", null, /expected an object/],
    ["a string value", { "alpha-1": "4" }, /item "alpha-1": the answer must be a number, "na" or "dk", got "4"/],
    ["a null value", { "alpha-1": null }, /item "alpha-1".*got null/],
    ["an entry that is not an object", [3], /answers\[0\]: expected an object/],
    ["a missing itemId", [{ value: 3 }], /answers\[0\]\.itemId: expected a string/],
    ["a missing value", [{ itemId: "alpha-1" }], /answers\[0\]\.value \(item "alpha-1"\).*got nothing/],
    ["an extra field", [{ itemId: "alpha-1", value: 3, note: "x" }], /unexpected field\(s\) "note"/],
  ])("refuses %s", (_, raw, message) => {
    expect(() => answersFromJson(raw)).toThrow(AnswersFormatError);
    expect(() => answersFromJson(raw)).toThrow(message);
  });
});
