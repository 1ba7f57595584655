/** Test counts as reported by one runner (vitest, Playwright) or summed over all of them. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const NO_TESTS: Counts = { passed: 0, failed: 0, skipped: 0 };

/** A runner that could not produce a report, or never started. */
export const CRASHED: Counts = { passed: 0, failed: 1, skipped: 0 };

export function sumCounts(all: Counts[]): Counts {
  return all.reduce(
    (total, counts) => ({
      passed: total.passed + counts.passed,
      failed: total.failed + counts.failed,
      skipped: total.skipped + counts.skipped,
    }),
    NO_TESTS,
  );
}

/** The last line of `npm test`, e.g. "42 passed, 0 failed" or "40 passed, 2 failed, 3 skipped". */
export function formatSummary(counts: Counts): string {
  const line = `${counts.passed} passed, ${counts.failed} failed`;
  return counts.skipped > 0 ? `${line}, ${counts.skipped} skipped` : line;
}

/**
 * Reconciles a runner's report with its exit code: no report counts as a crash, and a non-zero exit
 * without any failed test (e.g. a file that did not load, an unhandled error) counts as 1 failure.
 */
export function settleCounts(report: Counts | null, exitCode: number): Counts {
  if (!report) return CRASHED;
  if (exitCode !== 0 && report.failed === 0) return { ...report, failed: 1 };
  return report;
}

type Json = Record<string, unknown>;

function num(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null;
}

/** Vitest's JSON reporter (jest-compatible); a test file that failed to load counts as 1 failure. */
export function countsFromVitestReport(report: unknown): Counts | null {
  if (!isObject(report) || typeof report.numTotalTests !== "number") return null;
  const files = Array.isArray(report.testResults) ? report.testResults.filter(isObject) : [];
  const brokenFiles = files.filter(
    (file) =>
      file.status === "failed" &&
      !(
        Array.isArray(file.assertionResults) && file.assertionResults.some((t) => isObject(t) && t.status === "failed")
      ),
  ).length;
  return {
    passed: num(report.numPassedTests),
    failed: num(report.numFailedTests) + brokenFiles,
    skipped: num(report.numPendingTests) + num(report.numTodoTests),
  };
}

/** Playwright's JSON reporter: flaky tests passed on retry; top-level errors (webServer, bad file) are failures. */
export function countsFromPlaywrightReport(report: unknown): Counts | null {
  if (!isObject(report) || !isObject(report.stats)) return null;
  const { stats } = report;
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: num(stats.expected) + num(stats.flaky),
    failed: num(stats.unexpected) + errors,
    skipped: num(stats.skipped),
  };
}

/** "45 s", "3 min 05 s": a run's wall-clock time for the per-run lines. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/**
 * One run's line above the final summary, e.g. "  vitest, SQLite ....... passed 812 · failed 0 · skipped 3 · 3 min 05 s".
 * Worded so that it never reads as the final "N passed, N failed" line that CI looks for.
 */
export function formatRunLine(label: string, counts: Counts, ms: number, width = 40): string {
  const parts = [`passed ${counts.passed}`, `failed ${counts.failed}`];
  if (counts.skipped > 0) parts.push(`skipped ${counts.skipped}`);
  parts.push(formatDuration(ms));
  return `  ${`${label} `.padEnd(width, ".")} ${parts.join(" · ")}`;
}
