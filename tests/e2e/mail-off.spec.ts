import { type ChildProcess, spawn } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { findFreePort } from "@/scripts/lib/free-port";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  createClient,
  expectNoHorizontalScroll,
  msg,
  newContext,
  section,
  signUp,
  uniqueClientName,
  uniqueEmail,
} from "@/tests/e2e/support/consultant-helpers";
import { readMailTo } from "@/tests/e2e/support/mailbox";
import { openRoundForm } from "@/tests/e2e/support/round-helpers";
import { exactly, type Locale } from "@/tests/e2e/support/scan-helpers";

// Without SMTP the app works as before: links to copy, and a calm notice where it would offer to send. The
// e2e web server has mail on, so a second server is started here from the same build and database without
// SMTP_URL (mail off), and everything below goes through it.

test.describe.configure({ mode: "serial", timeout: 120_000 });

let server: ChildProcess | undefined;
let origin = "";

test.beforeAll(async () => {
  const port = await findFreePort();
  origin = `http://127.0.0.1:${port}`;
  const { SMTP_URL: _smtp, MAIL_FROM: _from, ...env } = process.env;
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/`)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the mail-off server at ${origin} did not start`);
    await new Promise((wake) => setTimeout(wake, 250));
  }
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

async function check(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoHorizontalScroll(page, name);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoSeriousA11yViolations(page);
}

for (const locale of ["nl", "en"] as const satisfies readonly Locale[]) {
  test(`${locale}: mail off, personal links are made to copy, the page says mail is off, nothing is sent`, async ({
    browser,
  }, testInfo) => {
    const context = await newContext(browser, locale, testInfo, { baseURL: origin });
    const page = await context.newPage();
    await page.goto(`${origin}/rounds/new`);
    await openRoundForm(page, locale, { organisation: uniqueClientName("Mail uit") });
    await expect(page.getByText(msg(locale, "mail.off.links"))).toBeVisible();
    await expect(page.getByRole("checkbox", { name: msg(locale, "mail.links.sendMail") })).toHaveCount(0);

    const people = [uniqueEmail("uit-een"), uniqueEmail("uit-twee")];
    await page.getByRole("textbox", { name: exactly(msg(locale, "round.links.label")) }).fill(people.join("\n"));
    await page.getByRole("button", { name: exactly(msg(locale, "round.links.submit")) }).click();
    await expect(page.getByText(msg(locale, "mail.links.added", { count: 2, mailed: 0 }))).toBeVisible();
    await expect(page.locator("td", { hasText: "/invite/" })).toHaveCount(2);
    await expect(page.getByText(msg(locale, "mail.off.reminders"))).toBeVisible();
    await expect(page.getByRole("button", { name: exactly(msg(locale, "mail.reminders.submit")) })).toHaveCount(0);
    await check(page, "organiser page with mail off");

    await signUp(page, locale);
    await createClient(page, locale, { name: uniqueClientName("Mail uit"), sector: "retail", sizeBand: "10-49" });
    const form = section(page, msg(locale, "clients.scan.title"));
    await expect(form.getByText(msg(locale, "mail.off.scan"))).toBeVisible();
    await expect(form.getByRole("textbox", { name: new RegExp(`^${msg(locale, "mail.scan.email")}`) })).toHaveCount(0);
    await check(page, "client page with mail off");

    // Nothing went out for these addresses.
    await page.waitForTimeout(1_000);
    for (const person of people) expect(readMailTo(person)).toEqual([]);
    await context.close();
  });
}
