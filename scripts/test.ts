/**
 * npm test: unit/integration tests (vitest), then end-to-end tests (Playwright against `next start`
 * on a throw-away database), then ONE final line "N passed, N failed[, N skipped]" summed over both.
 *
 *   npm test                  everything
 *   npm test -- --unit-only   vitest only
 *   npm run test:e2e          Playwright only (same as --e2e-only)
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createThrowawayDatabase, migrateDatabase } from "./lib/database";
import { ensureBuild } from "./lib/ensure-build";
import { ensureChromium } from "./lib/find-chromium";
import { findFreePort } from "./lib/free-port";
import { bin, forwardSignals, interruptedSignal, repoRoot, runCommand, signalExitCode } from "./lib/run-command";
import {
  type Counts,
  CRASHED,
  countsFromPlaywrightReport,
  countsFromVitestReport,
  formatSummary,
  settleCounts,
  sumCounts,
} from "./lib/summary";

const OUTPUT_DIR = join(repoRoot, ".test-output");
const VITEST_REPORT = join(OUTPUT_DIR, "vitest.json");
// Must match the json reporter's outputFile in playwright.config.ts.
const PLAYWRIGHT_REPORT = join(OUTPUT_DIR, "playwright.json");

interface Mode {
  unit: boolean;
  e2e: boolean;
}

function parseMode(args: string[]): Mode {
  const unitOnly = args.includes("--unit-only");
  const e2eOnly = args.includes("--e2e-only");
  if (unitOnly && e2eOnly) throw new Error("Use either --unit-only or --e2e-only, not both.");
  return { unit: !e2eOnly, e2e: !unitOnly };
}

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

async function runUnitTests(): Promise<Counts> {
  heading("Unit and integration tests (vitest)");
  rmSync(VITEST_REPORT, { force: true });
  const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`];
  const result = await runCommand(bin("vitest"), args);
  return settleCounts(countsFromVitestReport(readJson(VITEST_REPORT)), result.code);
}

async function runE2eTests(chromiumPath: string): Promise<Counts> {
  heading("End-to-end tests (Playwright)");
  const database = createThrowawayDatabase("klantkompas-e2e-");
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      CHROMIUM_PATH: chromiumPath,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const migration = await migrateDatabase(database.url, { quiet: true });
    if (migration.code !== 0) {
      console.error(`${migration.output}\nprisma migrate deploy failed for the e2e database.`);
      return CRASHED;
    }
    if ((await ensureBuild(env)) !== 0 || interruptedSignal()) return CRASHED;

    const port = await findFreePort();
    env.E2E_PORT = String(port);
    env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
    rmSync(PLAYWRIGHT_REPORT, { force: true });
    const result = await runCommand(bin("playwright"), ["test"], { env });
    return settleCounts(countsFromPlaywrightReport(readJson(PLAYWRIGHT_REPORT)), result.code);
  } finally {
    database.remove();
  }
}

function finish(all: Counts[]): never {
  const total = sumCounts(all);
  const signal = interruptedSignal();
  console.log(`\n${formatSummary(total)}`);
  process.exit(signal ? signalExitCode(signal) : total.failed > 0 ? 1 : 0);
}

async function main(): Promise<void> {
  const mode = parseMode(process.argv.slice(2));
  forwardSignals();
  mkdirSync(OUTPUT_DIR, { recursive: true });

  let chromiumPath = "";
  if (mode.e2e) {
    const chromium = await ensureChromium();
    if ("error" in chromium) {
      console.error(chromium.error);
      finish([CRASHED]);
    }
    chromiumPath = chromium.path;
  }

  const results: Counts[] = [];
  if (mode.unit) results.push(await runUnitTests());
  if (mode.e2e && !interruptedSignal()) results.push(await runE2eTests(chromiumPath));
  finish(results);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  finish([CRASHED]);
});
