import { describe, expect, it } from "vitest";
import {
  countsFromPlaywrightReport,
  countsFromVitestReport,
  formatDuration,
  formatRunLine,
  formatSummary,
  settleCounts,
  sumCounts,
} from "@/scripts/lib/summary";

// What CI reads: the last line, "N passed, N failed" alone (", N skipped" may follow, one "word:" may precede).
const CI_SUMMARY = /^(?:\S+: )?\d+ passed, \d+ failed(?:, \d+ skipped)?$/;

describe("formatSummary", () => {
  it("prints passed and failed", () => {
    expect(formatSummary({ passed: 42, failed: 0, skipped: 0 })).toBe("42 passed, 0 failed");
  });

  it("adds skipped only when there are skips", () => {
    expect(formatSummary({ passed: 40, failed: 2, skipped: 3 })).toBe("40 passed, 2 failed, 3 skipped");
  });

  it("sums several runners", () => {
    const total = sumCounts([
      { passed: 10, failed: 1, skipped: 0 },
      { passed: 5, failed: 0, skipped: 2 },
    ]);
    expect(formatSummary(total)).toBe("15 passed, 1 failed, 2 skipped");
    expect(formatSummary(sumCounts([]))).toBe("0 passed, 0 failed");
  });

  it("stays a line CI reads as the summary, whatever the counts", () => {
    for (const counts of [
      { passed: 0, failed: 0, skipped: 0 },
      { passed: 812, failed: 0, skipped: 3 },
      { passed: 1, failed: 12, skipped: 0 },
    ]) {
      expect(formatSummary(counts)).toMatch(CI_SUMMARY);
    }
  });
});

describe("per-run lines", () => {
  it("give the counts and the time in words that never read as the summary", () => {
    const line = formatRunLine("e2e, SQLite", { passed: 120, failed: 1, skipped: 2 }, 185_000);
    expect(line).toMatch(/^ {2}e2e, SQLite \.+ passed 120 · failed 1 · skipped 2 · 3 min 05 s$/);
    expect(line).not.toMatch(/\d+ passed, \d+ failed/);
    expect(formatRunLine("vitest", { passed: 3, failed: 0, skipped: 0 }, 900)).toMatch(/passed 3 · failed 0 · 1 s$/);
  });

  it("formats durations in seconds, then minutes and seconds", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(44_600)).toBe("45 s");
    expect(formatDuration(60_000)).toBe("1 min 00 s");
    expect(formatDuration(1_263_000)).toBe("21 min 03 s");
  });
});

describe("settleCounts", () => {
  it("counts a missing report as a crash", () => {
    expect(settleCounts(null, 0)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it("counts a non-zero exit without failures as one failure", () => {
    expect(settleCounts({ passed: 3, failed: 0, skipped: 0 }, 1)).toEqual({ passed: 3, failed: 1, skipped: 0 });
    expect(settleCounts({ passed: 3, failed: 2, skipped: 0 }, 1)).toEqual({ passed: 3, failed: 2, skipped: 0 });
    expect(settleCounts({ passed: 3, failed: 0, skipped: 1 }, 0)).toEqual({ passed: 3, failed: 0, skipped: 1 });
  });
});

describe("report parsing", () => {
  it("reads vitest's JSON report, counting files that failed to load", () => {
    const report = {
      numTotalTests: 6,
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [
        { status: "failed", assertionResults: [{ status: "failed" }, { status: "passed" }] },
        { status: "failed", assertionResults: [] },
        { status: "passed", assertionResults: [{ status: "passed" }] },
      ],
    };
    expect(countsFromVitestReport(report)).toEqual({ passed: 3, failed: 2, skipped: 2 });
    expect(countsFromVitestReport({})).toBeNull();
    expect(countsFromVitestReport(null)).toBeNull();
  });

  it("reads Playwright's JSON stats: flaky counts as passed, top-level errors as failed", () => {
    const report = { stats: { expected: 4, unexpected: 1, flaky: 2, skipped: 3 }, errors: [] };
    expect(countsFromPlaywrightReport(report)).toEqual({ passed: 6, failed: 1, skipped: 3 });
    const broken = { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: "x" }] };
    expect(countsFromPlaywrightReport(broken)).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(countsFromPlaywrightReport({ suites: [] })).toBeNull();
  });
});
