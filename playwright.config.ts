import { defineConfig, devices } from "@playwright/test";
import { resolveDatabaseUrl } from "./lib/server/db/database-url";
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES } from "./scripts/lib/find-chromium";
import { appServerMailEnv } from "./tests/e2e/support/app-server-env";

/**
 * Normally driven by `npm test` / `npm run test:e2e` (scripts/test.ts), which builds the app, picks a
 * free port, migrates a throw-away database and sets E2E_PORT, E2E_BASE_URL, DATABASE_URL and
 * CHROMIUM_PATH, and starts an SMTP sink (E2E_SMTP_URL, E2E_MAIL_DIR). Running `npx playwright test`
 * directly needs an existing build, uses the default database (./data) unless DATABASE_URL is set, and
 * has mail off unless E2E_SMTP_URL is set.
 */
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = process.env.E2E_BASE_URL || `http://127.0.0.1:${port}`;
const databaseUrl = resolveDatabaseUrl(process.env.DATABASE_URL);
const chromiumPath = process.env.CHROMIUM_PATH || CHROMIUM_CANDIDATES[0];
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".test-output/playwright-artifacts",
  forbidOnly: isCI,
  retries: 0,
  workers: isCI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // scripts/test.ts reads the json report's stats for the final "N passed, N failed" line.
  reporter: [["list"], ["json", { outputFile: ".test-output/playwright.json" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The production server directly (not scripts/start.ts): the harness already built and migrated.
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    // Wait for the port rather than a URL, so a missing page (404) fails a test instead of the start-up.
    port,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.BETTER_AUTH_SECRET ? { BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET } : {}),
      ...appServerMailEnv(baseURL),
    },
  },
});
