import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  answerInvite,
  answerPlan,
  createClient,
  createInvite,
  expectNoHorizontalScroll,
  msg,
  newAccount,
  newContext,
  section,
  signUp,
  uniqueClientName,
} from "@/tests/e2e/support/consultant-helpers";
import { exactly, type Locale, readQuestionnaire, resultsChart } from "@/tests/e2e/support/scan-helpers";

// Every consultant page, in Dutch and English: no serious or critical axe violations, and no sideways
// scrolling on a 375 px phone (wide tables scroll inside their own box). The pages are seen signed out, as a
// new consultant with nothing yet, and as one whose client has two scans (history, trend, comparison).

const quick = readQuestionnaire("quick");
const PHONE_WIDTH = 375;
const SESSIONS = {
  empty: join(tmpdir(), `klantkompas-e2e-a11y-empty-${process.pid}.json`),
  full: join(tmpdir(), `klantkompas-e2e-a11y-full-${process.pid}.json`),
};
const data = { clientId: "", clientName: "", shareToken: "" };

test.beforeAll(async ({ browser }, testInfo) => {
  // Two sign-ups and two complete scans.
  testInfo.setTimeout(150_000);
  const emptyContext = await newContext(browser, "nl", testInfo);
  await signUp(await emptyContext.newPage(), "nl", newAccount("a11y-empty"));
  writeFileSync(SESSIONS.empty, JSON.stringify(await emptyContext.storageState()));
  await emptyContext.close();

  const context = await newContext(browser, "nl", testInfo);
  const page = await context.newPage();
  await signUp(page, "nl", newAccount("a11y-full"));
  data.clientName = uniqueClientName("Woningcorporatie Thuis");
  data.clientId = await createClient(page, "nl", {
    name: data.clientName,
    sector: "public",
    sizeBand: "250-999",
    notes: "Twee vestigingen.\nContact: Sanne Visser.",
  });
  const plans = [
    answerPlan(quick, Object.fromEntries(quick.domains.map((domain, index) => [domain.id, [2 + (index % 3), 3, 3]]))),
    answerPlan(quick, Object.fromEntries(quick.domains.map((domain, index) => [domain.id, [3 + (index % 3), 4, 4]]))),
  ];
  for (const plan of plans) {
    const invite = await createInvite(page, "nl", { kind: "quick", language: "nl" });
    const respondent = await answerInvite(browser, testInfo, invite, {
      language: "nl",
      organisation: data.clientName,
      choose: plan.choose,
    });
    data.shareToken = respondent.shareToken;
    await respondent.context.close();
    await page.reload();
  }
  writeFileSync(SESSIONS.full, JSON.stringify(await context.storageState()));
  await context.close();
});

test.afterAll(() => {
  for (const file of Object.values(SESSIONS)) rmSync(file, { force: true });
});

type Check = (page: Page, name: string) => Promise<void>;

async function heading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Visits every consultant page in one language, calling `check` on each. */
async function visitConsultantPages(
  browser: Browser,
  testInfo: TestInfo,
  locale: Locale,
  width: number | null,
  check: Check,
): Promise<void> {
  const viewport = width ? { width, height: 800 } : undefined;
  const submit = (page: Page, key: string) => page.getByRole("button", { name: exactly(msg(locale, key)) }).click();

  // Signed out.
  const visitor = await newContext(browser, locale, testInfo, viewport ? { viewport } : {});
  try {
    const page = await visitor.newPage();
    await page.goto("/sign-up");
    await heading(page, msg(locale, "auth.signUpTitle"));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await check(page, "sign-up");
    await submit(page, "auth.signUp");
    await expect(page.getByText(msg(locale, "auth.errors.nameRequired"))).toBeVisible();
    await check(page, "sign-up with errors");

    await page.goto("/sign-in");
    await heading(page, msg(locale, "auth.signInTitle"));
    await check(page, "sign-in");
    await submit(page, "auth.signIn");
    await expect(page.getByText(msg(locale, "auth.errors.email"))).toBeVisible();
    await check(page, "sign-in with errors");
  } finally {
    await visitor.close();
  }

  // A new consultant: the empty dashboard and the new-client form.
  const newcomer = await newContext(browser, locale, testInfo, {
    storageState: SESSIONS.empty,
    ...(viewport ? { viewport } : {}),
  });
  try {
    const page = await newcomer.newPage();
    await page.goto("/dashboard");
    await expect(section(page, msg(locale, "dashboard.empty.title"))).toBeVisible();
    await check(page, "dashboard, empty");

    await page.goto("/clients/new");
    await heading(page, msg(locale, "clients.newTitle"));
    await check(page, "new client");
    await submit(page, "clients.form.create");
    await expect(page.getByText(msg(locale, "clients.errors.nameRequired"))).toBeVisible();
    await check(page, "new client with errors");
  } finally {
    await newcomer.close();
  }

  // A consultant whose client has two scans.
  const consultant = await newContext(browser, locale, testInfo, {
    storageState: SESSIONS.full,
    ...(viewport ? { viewport } : {}),
  });
  try {
    const page = await consultant.newPage();
    const clientPath = `/clients/${data.clientId}`;
    await page.goto("/dashboard");
    // A table on wide screens, cards on a phone.
    await expect(page.getByRole("main").getByRole("link", { name: data.clientName, exact: true })).toBeVisible();
    await check(page, "dashboard with a client");

    await page.goto(clientPath);
    await heading(page, data.clientName);
    const trend = section(page, msg(locale, "history.trendTitle"));
    await expect(trend.locator("svg.recharts-surface").first()).toBeVisible();
    await trend.getByText(msg(locale, "history.trendTableSummary")).click();
    await expect(trend.getByRole("table")).toBeVisible();
    await check(page, "client page with history and trend");

    // With a fresh invite link showing, and the archive confirmation open.
    await createInvite(page, locale, { kind: "full", language: locale === "nl" ? "en" : "nl" });
    await page.getByText(msg(locale, "clients.archive.open"), { exact: true }).click();
    await expect(page.getByRole("button", { name: exactly(msg(locale, "clients.archive.confirm")) })).toBeVisible();
    await check(page, "client page with an invite link");

    await page.goto(`${clientPath}/edit`);
    await heading(page, msg(locale, "clients.editTitle", { name: data.clientName }));
    await check(page, "edit client");

    await page.goto(`${clientPath}/compare`);
    await heading(page, msg(locale, "compare.title"));
    await expect(section(page, msg(locale, "compare.tableTitle"))).toBeVisible();
    await check(page, "compare page");

    await page.goto(`/results/${data.shareToken}`);
    await expect(resultsChart(page).locator(".recharts-radar")).toHaveCount(2);
    await check(page, "results with the earlier scan");
  } finally {
    await consultant.close();
  }
}

for (const locale of ["nl", "en"] as const) {
  test.describe(`in ${locale === "nl" ? "Dutch" : "English"}`, () => {
    test("no serious or critical axe violations on the consultant pages", async ({ browser }, testInfo) => {
      // Fourteen axe runs of a few seconds each.
      test.setTimeout(180_000);
      await visitConsultantPages(browser, testInfo, locale, null, async (page) => {
        await expectNoSeriousA11yViolations(page);
      });
    });

    test(`no horizontal scrolling at ${PHONE_WIDTH} px on the consultant pages`, async ({ browser }, testInfo) => {
      test.setTimeout(120_000);
      await visitConsultantPages(browser, testInfo, locale, PHONE_WIDTH, async (page, name) => {
        await expectNoHorizontalScroll(page, name);
      });
    });
  });
}
