/**
 * npm test: unit and integration tests (vitest) on a throw-away SQLite file, the integration tests again
 * on a throw-away PostgreSQL database, end-to-end tests (Playwright against `next start`) on SQLite, the
 * @database end-to-end tests again on PostgreSQL, then ONE final line "N passed, N failed[, N skipped]"
 * summed over every run (CI reads it; notes such as skipped PostgreSQL runs go on the lines above it).
 *
 * Which end-to-end tests run on PostgreSQL (docs/testing.md): every browser journey runs once, on SQLite.
 * A test whose behaviour depends on the database — concurrency (racing submits, locks), two app servers on
 * one database, migrations, data put straight into the database (large data, sorting and paging in SQL) —
 * carries the Playwright tag "@database", per test or per describe:
 *     test("two tabs submit at once", { tag: "@database" }, async ({ page }) => { … });
 * and only those run on PostgreSQL too (`playwright test --grep @database`). The integration tests
 * (tests/integration) all run on both databases.
 *
 *   npm test                    everything
 *   npm test -- --unit-only     vitest only (both databases)
 *   npm run test:e2e            Playwright only (same as --e2e-only; SQLite, then @database on PostgreSQL)
 *   npm test -- --sqlite-only   leave PostgreSQL out
 *   npm test -- --postgres-only PostgreSQL only (fails when it cannot be used)
 *   npm test -- --postgres-e2e-all   every e2e test on PostgreSQL too, not only @database (as CI did before)
 *   npm test -- --e2e-only tests/e2e/targets.spec.ts   only the named files (any runner; combine freely);
 *                               on PostgreSQL only their @database tests, and a named spec without any is
 *                               left out of the PostgreSQL run (said so)
 *
 * PostgreSQL: TEST_POSTGRES_URL (default postgresql://klantkompas:klantkompas@127.0.0.1:5432/postgres) must
 * be a role that may create databases. When nothing answers there, or the server refuses the role, the
 * PostgreSQL runs are skipped with a message saying which and what to run, repeated above the final line —
 * except in CI (CI set), where that is a failure.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  checkPostgres,
  createTestDatabase,
  migrateDatabase,
  type TestDatabaseKind,
  testPostgresAdminUrl,
} from "@/scripts/lib/database";
import { DATABASE_TAG, splitByDatabaseTag } from "@/scripts/lib/database-tag";
import { ensureBuild } from "@/scripts/lib/ensure-build";
import { ensureChromium } from "@/scripts/lib/find-chromium";
import { findFreePort } from "@/scripts/lib/free-port";
import { describePostgresProblem, summarizePostgresProblem } from "@/scripts/lib/postgres-problem";
import {
  bin,
  forwardSignals,
  interruptedSignal,
  repoRoot,
  runCommand,
  signalExitCode,
} from "@/scripts/lib/run-command";
import {
  type Counts,
  CRASHED,
  countsFromPlaywrightReport,
  countsFromVitestReport,
  formatRunLine,
  formatSummary,
  NO_TESTS,
  settleCounts,
  sumCounts,
} from "@/scripts/lib/summary";
import { startSmtpSink } from "@/tests/support/smtp-sink";

const OUTPUT_DIR = join(repoRoot, ".test-output");
const VITEST_REPORT = join(OUTPUT_DIR, "vitest.json");
// Must match the json reporter's outputFile in playwright.config.ts.
const PLAYWRIGHT_REPORT = join(OUTPUT_DIR, "playwright.json");
// Every mail the e2e app server sends, one JSON file each (tests/e2e/support/mailbox.ts reads them).
const MAIL_DIR = join(OUTPUT_DIR, "mail");

interface Mode {
  /** File filters (arguments that are not flags): each runner runs only its matching files. */
  files: string[];
  unit: boolean;
  e2e: boolean;
  postgres: boolean;
  sqlite: boolean;
  /** Every e2e test on PostgreSQL, not only the @database ones. */
  postgresE2eAll: boolean;
}

/** One runner on one database, for the lines above the final summary. */
interface Run {
  label: string;
  counts: Counts;
  ms: number;
}

/** Said again just above the final line, so a reader of the log's end sees what was left out. */
const notes: string[] = [];

// The spec whose expected server errors fill the log (see runE2eTests).
const FUZZ_SPEC = "tests/e2e/fuzz-actions.spec.ts";

function parseMode(args: string[]): Mode {
  const unitOnly = args.includes("--unit-only");
  const e2eOnly = args.includes("--e2e-only");
  if (unitOnly && e2eOnly) throw new Error("Use either --unit-only or --e2e-only, not both.");
  const sqliteOnly = args.includes("--sqlite-only");
  const postgresOnly = args.includes("--postgres-only");
  if (sqliteOnly && postgresOnly) throw new Error("Use either --sqlite-only or --postgres-only, not both.");
  const files = args.filter((arg) => !arg.startsWith("--"));
  const postgresE2eAll = args.includes("--postgres-e2e-all");
  return { files, unit: !e2eOnly, e2e: !unitOnly, postgres: !sqliteOnly, sqlite: !postgresOnly, postgresE2eAll };
}

const LABEL: Record<TestDatabaseKind, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

// Off a local SQLite file the app requires a shared auth secret (lib/env.ts); the tests bring their own.
const TEST_AUTH_SECRET = process.env.BETTER_AUTH_SECRET ?? "klantkompas-tests-only-secret-0123456789abcdef";

function heading(title: string): void {
  console.log(`\n=== ${title} ===\n`);
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** All vitest tests on SQLite; on PostgreSQL only the integration tests (the unit tests use no database). */
async function runUnitTests(kind: TestDatabaseKind, files: string[]): Promise<Counts> {
  heading(kind === "sqlite" ? "Unit and integration tests (vitest, SQLite)" : "Integration tests (vitest, PostgreSQL)");
  rmSync(VITEST_REPORT, { force: true });
  const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`];
  if (files.length > 0) {
    const own = files.filter((file) => !file.startsWith("tests/e2e"));
    if (own.length === 0) return NO_TESTS;
    args.push(...(kind === "postgresql" ? own.filter((file) => file.startsWith("tests/integration")) : own));
    if (kind === "postgresql" && args.at(-1)?.startsWith("--")) return NO_TESTS;
  } else if (kind === "postgresql") args.push("tests/integration");
  const result = await runCommand(bin("vitest"), args, {
    env: {
      ...process.env,
      TEST_DATABASE: kind,
      BETTER_AUTH_SECRET: TEST_AUTH_SECRET,
      // The tests of hundreds of requests at once judge what is stored, not how fast: on a busy 2-core machine a
      // query may wait longer than the production default (10 s) for one of the pool's connections.
      DATABASE_CONNECT_TIMEOUT_MS: process.env.DATABASE_CONNECT_TIMEOUT_MS ?? "60000",
    },
  });
  return settleCounts(countsFromVitestReport(readJson(VITEST_REPORT)), result.code);
}

/** Which e2e tests a run takes: on SQLite every one; on PostgreSQL the @database ones (see the top). */
function e2ePlan(kind: TestDatabaseKind, mode: Mode): { args: string[]; title: string; said: string[]; skip?: string } {
  const own = mode.files.filter((file) => file.startsWith("tests/e2e"));
  if (kind === "sqlite") return { args: own, title: "SQLite", said: [] };
  if (mode.postgresE2eAll) {
    return { args: own, title: "PostgreSQL, every spec", said: ["PostgreSQL e2e: every spec (--postgres-e2e-all)."] };
  }
  const said = [
    `PostgreSQL e2e: only ${DATABASE_TAG} specs (every other e2e test runs on SQLite only; docs/testing.md).`,
  ];
  const { run, untagged } = splitByDatabaseTag(own);
  if (untagged.length > 0) said.push(`No ${DATABASE_TAG} tests in ${untagged.join(", ")}: on SQLite only.`);
  const title = `PostgreSQL, only ${DATABASE_TAG} specs`;
  if (own.length > 0 && run.length === 0) {
    return { args: [], title, said, skip: `none of the named e2e files has a ${DATABASE_TAG} test` };
  }
  return { args: ["--grep", DATABASE_TAG, ...run], title, said };
}

/** Whether the fuzz spec is among the files a Playwright run takes (no file named means all of them). */
function runsFuzzSpec(args: string[]): boolean {
  if (args.includes("--grep")) return false;
  const files = args.filter((arg) => !arg.startsWith("--"));
  return files.length === 0 || files.some((file) => FUZZ_SPEC.startsWith(file) || file.includes("fuzz-actions"));
}

const FUZZ_NOTE_BEFORE =
  `Note: ${FUZZ_SPEC} sends hundreds of malformed requests to the server actions on purpose.\n` +
  'Next.js logs each one it refuses, as "[WebServer] Error: Invalid Server Actions request." followed by\n' +
  '"[WebServer]     at ignore-listed frames" (~300 lines in this run): they are EXPECTED. That spec fails\n' +
  "only when a request gets a 5xx or changes data; real failures are listed by Playwright under the test's\n" +
  "name (✘) and counted in the total.";
const FUZZ_NOTE_AFTER = `End of the Playwright output: its "[WebServer]" error lines from ${FUZZ_SPEC} were expected.`;

async function runE2eTests(chromiumPath: string, kind: TestDatabaseKind, mode: Mode): Promise<Counts> {
  const own = mode.files.filter((file) => file.startsWith("tests/e2e"));
  if (mode.files.length > 0 && own.length === 0) return NO_TESTS;
  const plan = e2ePlan(kind, mode);
  heading(`End-to-end tests (Playwright, ${plan.title})`);
  for (const line of plan.said) console.log(line);
  if (plan.skip) {
    console.log(`Skipping the ${LABEL[kind]} e2e run: ${plan.skip}.`);
    notes.push(`${LABEL[kind]} e2e run skipped: ${plan.skip}.`);
    return NO_TESTS;
  }
  const database = await createTestDatabase(kind, "klantkompas-e2e-");
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: TEST_AUTH_SECRET,
      CHROMIUM_PATH: chromiumPath,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const migration = await migrateDatabase(database.url, { quiet: true });
    if (migration.code !== 0) {
      console.error(`${migration.output}\nprisma migrate deploy failed for the ${LABEL[kind]} e2e database.`);
      return CRASHED;
    }
    if ((await ensureBuild(env)) !== 0 || interruptedSignal()) return CRASHED;

    const port = await findFreePort();
    env.E2E_PORT = String(port);
    env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
    rmSync(PLAYWRIGHT_REPORT, { force: true });
    // Mail is on in the e2e runs: the app server sends through a real SMTP server on loopback, started here.
    rmSync(MAIL_DIR, { recursive: true, force: true });
    const sink = await startSmtpSink({ directory: MAIL_DIR });
    env.E2E_SMTP_URL = sink.url;
    env.E2E_MAIL_DIR = MAIL_DIR;
    const fuzz = runsFuzzSpec(plan.args);
    if (fuzz) console.log(`\n${FUZZ_NOTE_BEFORE}\n`);
    try {
      const result = await runCommand(bin("playwright"), ["test", ...plan.args], { env });
      return settleCounts(countsFromPlaywrightReport(readJson(PLAYWRIGHT_REPORT)), result.code);
    } finally {
      if (fuzz) console.log(`\n${FUZZ_NOTE_AFTER}`);
      await sink.stop();
    }
  } finally {
    await database.remove();
  }
}

/** The databases to test on: PostgreSQL when the test role can use it; in CI its absence is a failure. */
async function chooseDatabases(mode: Mode): Promise<{ kinds: TestDatabaseKind[]; failed: boolean }> {
  if (!mode.postgres) {
    console.log("--sqlite-only: PostgreSQL is left out.");
    notes.push("PostgreSQL runs left out (--sqlite-only): the total below is SQLite only.");
    return { kinds: ["sqlite"], failed: false };
  }
  const problem = await checkPostgres();
  if (problem === null) return { kinds: mode.sqlite ? ["sqlite", "postgresql"] : ["postgresql"], failed: false };
  const message = describePostgresProblem(problem, testPostgresAdminUrl());
  const why = summarizePostgresProblem(problem, testPostgresAdminUrl());
  if (process.env.CI || !mode.sqlite) {
    console.error(`${message}\nThe PostgreSQL runs are required here (CI or --postgres-only).`);
    notes.push(`PostgreSQL runs could not start, counted as 1 failure: ${why}. What to run: see above.`);
    return { kinds: mode.sqlite ? ["sqlite"] : [], failed: true };
  }
  console.warn(`\nSkipping the PostgreSQL runs. ${message}\n`);
  notes.push(`PostgreSQL runs skipped, the total below is SQLite only: ${why}. What to run: see above.`);
  return { kinds: ["sqlite"], failed: false };
}

function finish(runs: Run[]): never {
  const total = sumCounts(runs.map((run) => run.counts));
  const signal = interruptedSignal();
  if (runs.some((run) => run.counts !== NO_TESTS)) {
    console.log("\n=== Runs ===\n");
    // A runner with nothing to run (e.g. vitest when only e2e files are named) gets no line.
    for (const run of runs) if (run.counts !== NO_TESTS) console.log(formatRunLine(run.label, run.counts, run.ms));
  }
  if (signal) notes.push(`Interrupted (${signal}): the runs after it did not happen.`);
  // Notes go above the final line: CI reads the last line, which stays "N passed, N failed[, N skipped]".
  console.log(notes.length > 0 ? `\n${notes.map((note) => `Note: ${note}`).join("\n")}` : "");
  console.log(formatSummary(total));
  process.exit(signal ? signalExitCode(signal) : total.failed > 0 ? 1 : 0);
}

async function timed(runs: Run[], label: string, run: () => Promise<Counts>): Promise<void> {
  const started = Date.now();
  const counts = await run();
  runs.push({ label, counts, ms: Date.now() - started });
}

async function main(): Promise<void> {
  const mode = parseMode(process.argv.slice(2));
  forwardSignals();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const runs: Run[] = [];

  let chromiumPath = "";
  if (mode.e2e) {
    const chromium = await ensureChromium();
    if ("error" in chromium) {
      console.error(chromium.error);
      finish([{ label: "Chromium", counts: CRASHED, ms: 0 }]);
    }
    chromiumPath = chromium.path;
  }

  const databases = await chooseDatabases(mode);
  if (databases.failed) runs.push({ label: "PostgreSQL (could not be used)", counts: CRASHED, ms: 0 });
  for (const kind of databases.kinds) {
    if (!mode.unit || interruptedSignal()) continue;
    const label = kind === "sqlite" ? "vitest, SQLite" : "vitest integration, PostgreSQL";
    await timed(runs, label, () => runUnitTests(kind, mode.files));
  }
  for (const kind of databases.kinds) {
    if (!mode.e2e || interruptedSignal()) continue;
    const label = kind === "sqlite" || mode.postgresE2eAll ? `e2e, ${LABEL[kind]}` : `e2e ${DATABASE_TAG}, PostgreSQL`;
    await timed(runs, label, () => runE2eTests(chromiumPath, kind, mode));
  }
  finish(runs);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  finish([{ label: "npm test itself", counts: CRASHED, ms: 0 }]);
});
