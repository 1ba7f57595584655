import { type ChildProcess, spawn } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { resolveDatabaseUrl } from "@/lib/server/db/database-url";
import { findFreePort } from "@/scripts/lib/free-port";
import { appServerMailEnv } from "@/tests/e2e/support/app-server-env";
import { msg, newAccount, signUp, submitSignIn } from "@/tests/e2e/support/consultant-helpers";
import {
  answerRadio,
  BROWSER_LOCALE,
  exactly,
  itemsOfDomain,
  readQuestionnaire,
  startScan,
  waitForSaved,
} from "@/tests/e2e/support/scan-helpers";
import { testDatabase } from "@/tests/e2e/support/test-database";

// Two app servers on one PostgreSQL database, as behind a load balancer: the first is Playwright's web server,
// the second is started here from the same build with the same environment. Everything that must be shared
// (answers, sessions, the sign-in throttle, the submit) lives in the database, so either server may take any
// request. SQLite is one server's database by design, so this runs in the PostgreSQL leg only.

const onPostgres = resolveDatabaseUrl(process.env.DATABASE_URL).startsWith("postgres");
test.skip(!onPostgres, "two app servers share a PostgreSQL database; the SQLite leg runs one server");
test.use({ locale: BROWSER_LOCALE.nl });
test.describe.configure({ mode: "serial", timeout: 120_000 });

const quick = readQuestionnaire("quick");
let second: ChildProcess | undefined;
let otherOrigin = "";

async function waitUntilUp(origin: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`second app server at ${origin} did not start`);
}

test.beforeAll(async () => {
  const port = await findFreePort();
  otherOrigin = `http://127.0.0.1:${port}`;
  second = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    // The same environment as the first server (one installation): the same PUBLIC_URL, mail and secret.
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      ...appServerMailEnv(process.env.E2E_BASE_URL ?? ""),
    },
    stdio: "ignore",
  });
  await waitUntilUp(otherOrigin);
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

const on = (origin: string, path: string) => `${origin}${path}`;

async function answerDomain(page: Page, origin: string, token: string, step: number, value: 1 | 2 | 3 | 4 | 5) {
  const domain = quick.domains[step - 1];
  if (!domain) throw new Error(`no domain ${step}`);
  await page.goto(on(origin, `/scan/${token}/${step}`));
  for (const item of itemsOfDomain(quick, domain.id)) await answerRadio(page, item.id, value).check();
  await waitForSaved(page);
}

test("answers saved through one server are resumed through the other, and a double submit across both makes one result", {
  tag: "@database",
}, async ({ page, browser, baseURL }) => {
  const first = baseURL ?? "";
  const { token } = await startScan(page, "nl", "quick");
  await answerDomain(page, first, token, 1, 4);
  await answerDomain(page, otherOrigin, token, 2, 2);
  // Back on the first server: both pages' answers are there, nothing lost.
  for (const [step, value] of [
    [1, 4],
    [2, 2],
  ] as const) {
    const domain = quick.domains[step - 1];
    if (!domain) throw new Error("domain");
    await page.goto(on(first, `/scan/${token}/${step}`));
    for (const item of itemsOfDomain(quick, domain.id)) await expect(answerRadio(page, item.id, value)).toBeChecked();
  }
  for (let step = 3; step <= quick.domains.length; step += 1) {
    await answerDomain(page, step % 2 ? first : otherOrigin, token, step, 3);
  }

  // The same review page open on both servers; both submit at once.
  const other = await browser.newPage();
  await Promise.all([
    page.goto(on(first, `/scan/${token}/review`)),
    other.goto(on(otherOrigin, `/scan/${token}/review`)),
  ]);
  const submit = (p: Page) => p.getByRole("button", { name: exactly(msg("nl", "review.submit")) }).click();
  await Promise.all([submit(page), submit(other)]);
  await Promise.all([page.waitForURL(/\/results\//), other.waitForURL(/\/results\//)]);
  expect(new URL(page.url()).pathname).toBe(new URL(other.url()).pathname);
  const [{ count = 0 } = {}] = await testDatabase().all(
    'SELECT COUNT(*) AS count FROM "ScanDomainScore" d JOIN "Response" r ON r."scanId" = d."scanId" WHERE r."resumeToken" = ?',
    [token],
  );
  expect(Number(count)).toBe(quick.domains.length);
  await other.close();
});

test("a consultant signed in through one server is signed in on the other, and the throttle counts failures on both", {
  tag: "@database",
}, async ({ page, baseURL }) => {
  const first = baseURL ?? "";
  const account = await signUp(page, "nl", newAccount("two-servers"));
  // Cookies belong to the host, not the port: the same browser is now at the other server.
  await page.goto(on(otherOrigin, "/dashboard"));
  await expect(page.getByRole("heading", { level: 1, name: msg("nl", "dashboard.title") })).toBeVisible();

  const wrong = async (origin: string) => {
    const context = await page.context().browser()?.newContext({ locale: BROWSER_LOCALE.nl });
    const p = await context?.newPage();
    if (!context || !p) throw new Error("no context");
    await p.goto(on(origin, "/sign-in"));
    await submitSignIn(p, "nl", account.email, "not the password at all");
    await expect(p.getByRole("status").filter({ hasText: /\S/ }).first()).toBeVisible();
    await context.close();
  };
  await wrong(first);
  await wrong(otherOrigin);
  await wrong(first);
  const [row] = await testDatabase().all('SELECT failures FROM "SignInThrottle" WHERE key = ?', [
    `email:${account.email.toLowerCase()}`,
  ]);
  expect(Number(row?.failures)).toBe(3);
});
