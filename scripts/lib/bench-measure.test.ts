import { describe, expect, it } from "vitest";
import { formatTable, gzipSize, percentile, ratio, scriptChunks, treeRssMb } from "@/scripts/lib/bench-measure";

describe("percentile", () => {
  it("takes the nearest rank, whatever the order of the samples", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 0.5)).toBe(5);
    expect(percentile(samples, 0.95)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 1)).toBe(10);
  });
  it("is 0 without samples", () => {
    expect(percentile([], 0.95)).toBe(0);
  });
});

describe("ratio", () => {
  it("rounds to two decimals and is 0 against nothing", () => {
    expect(ratio(2, 3)).toBe(0.67);
    expect(ratio(5, 0)).toBe(0);
  });
});

describe("scriptChunks", () => {
  it("collects script tags and the chunks the flight data names, once each", () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script src="/_next/static/chunks/main.js"></script>',
      '<script src="https://example.com/x.js"></script>',
      '<script>self.__next_f.push([1,"5:I[123,[\\"/_next/static/chunks/form.js\\",\\"static/chunks/chart~1.js\\"],\\"Form\\"]"])</script>',
    ].join("");
    expect(scriptChunks(html)).toEqual([
      "/_next/static/chunks/chart~1.js",
      "/_next/static/chunks/form.js",
      "/_next/static/chunks/main.js",
    ]);
  });
});

describe("gzipSize", () => {
  it("is smaller than repetitive input", () => {
    expect(gzipSize("a".repeat(10_000))).toBeLessThan(200);
  });
});

describe("treeRssMb", () => {
  it.skipIf(process.platform !== "linux")("counts this process", () => {
    expect(treeRssMb(process.pid)).toBeGreaterThan(10);
  });
});

describe("formatTable", () => {
  it("pads text left and numbers right", () => {
    expect(
      formatTable(
        ["page", "kB"],
        [
          ["bare", 1.5],
          ["landing", 190.9],
        ],
      ).split("\n"),
    ).toEqual(["page        kB", "-------  -----", "bare       1.5", "landing  190.9"]);
  });
});
