import { describe, expect, it } from "vitest";
import { hasForbiddenCharacters, multiLineText, singleLineText, stripForbiddenCharacters } from "@/lib/schemas/text";

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe("singleLineText", () => {
  const name = singleLineText({ max: 10, required: "required" });

  it("trims and keeps ordinary text, accents and emoji (a surrogate pair)", () => {
    expect(name.parse("  Zoë 😀  ")).toBe("Zoë 😀");
  });

  it.each([0x00, 0x01, 0x08, 0x09, 0x0a, 0x0d, 0x0b, 0x1f, 0x7f, 0xd800, 0xdbff, 0xdc00, 0xdfff])(
    "refuses character code %i inside the text with the control-character message only",
    (code) => {
      const bad = String.fromCharCode(code);
      expect(issues(name.safeParse(`a${bad}b`))).toEqual(["errors.controlCharacters"]);
    },
  );

  it("refuses a lone surrogate at either end, and reversed halves", () => {
    for (const text of ["\uD83Dab", "ab\uD83D", "\uDE00ab", "a\uDE00\uD83Db"])
      expect(issues(name.safeParse(text))).toEqual(["errors.controlCharacters"]);
  });

  it("keeps its own required and length messages", () => {
    expect(issues(name.safeParse("   "))).toEqual(["required"]);
    expect(issues(name.safeParse("x".repeat(11)))).toEqual(["errors.tooLong"]);
    // A control character wins over the length: the field says what to fix first.
    expect(issues(name.safeParse(`${"x".repeat(20)}\u0000`))).toEqual(["errors.controlCharacters"]);
  });
});

describe("multiLineText", () => {
  const notes = multiLineText({ max: 100 });

  it("keeps tab, LF and CRLF", () => {
    expect(notes.parse("een\ttwee\r\ndrie\nvier")).toBe("een\ttwee\r\ndrie\nvier");
  });

  it.each([0x00, 0x07, 0x0b, 0x0c, 0x1b, 0x7f, 0x0d, 0xd800, 0xdc00])("refuses character code %i", (code) => {
    expect(issues(notes.safeParse(`a${String.fromCharCode(code)}b`))).toEqual(["errors.controlCharacters"]);
  });

  it("trims unless told not to (lists whose errors name line numbers)", () => {
    expect(notes.parse("\n a \n")).toBe("a");
    expect(multiLineText({ max: 100, trim: false }).parse("\n a \n")).toBe("\n a \n");
  });
});

describe("stripForbiddenCharacters", () => {
  it("drops control characters and lone surrogates, keeps pairs", () => {
    expect(stripForbiddenCharacters("a\u0000b\tc\uD800d😀")).toBe("abcd😀");
    expect(hasForbiddenCharacters(stripForbiddenCharacters("\uDC00\uD800\u0000x\n"))).toBe(false);
  });
});
