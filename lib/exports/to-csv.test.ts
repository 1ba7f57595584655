import { describe, expect, it } from "vitest";
import { csvNumber, toCsv } from "@/lib/exports/to-csv";

const BOM = "\uFEFF";

describe("toCsv", () => {
  it("writes a BOM, a header row, ';' between cells and CRLF after every row", () => {
    const csv = toCsv({ columns: ["a", "b"], rows: [{ a: "x", b: "y" }] });
    expect(csv).toBe(`${BOM}a;b\r\nx;y\r\n`);
  });

  it("quotes cells with a separator, quote or line break, doubling inner quotes", () => {
    const csv = toCsv({ columns: ["a"], rows: [{ a: 'Team "Noord"; zuid' }, { a: "twee\nregels" }] });
    expect(csv).toBe(`${BOM}a\r\n"Team ""Noord""; zuid"\r\n"twee\nregels"\r\n`);
  });

  it.each([
    ['=HYPERLINK("http://x")', "'=HYPERLINK"],
    ["+31 20 123", "'+31"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
  ])("neutralises the formula %j with a leading apostrophe", (text, start) => {
    const csv = toCsv({ columns: ["team"], rows: [{ team: text }] });
    const cell = csv.split("\r\n")[1] ?? "";
    expect(cell.replace(/^"/, "").startsWith(start)).toBe(true);
  });

  it("writes empty cells for null, 1/0 for booleans and numbers with one decimal and a decimal comma", () => {
    const csv = toCsv({ columns: ["n", "b", "f", "x"], rows: [{ n: null, b: true, f: false, x: 63.47 }] });
    expect(csv.split("\r\n")[1]).toBe(";1;0;63,5");
  });
});

describe("csvNumber", () => {
  it.each([
    [0, "0"],
    [100, "100"],
    [12.5, "12,5"],
    [41.3, "41,3"],
    [39.96, "40"],
    [57.04, "57"],
    [-0.01, "0"],
  ])("%d → %s", (value, text) => {
    expect(csvNumber(value)).toBe(text);
  });
});
