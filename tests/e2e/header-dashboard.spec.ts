import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  createClient,
  expectNoHorizontalScroll,
  msg,
  newAccount,
  newContext,
  signUp,
  uniqueClientName,
} from "@/tests/e2e/support/consultant-helpers";
import { openRoundForm } from "@/tests/e2e/support/round-helpers";
import { exactly, type Locale } from "@/tests/e2e/support/scan-helpers";
import { testDatabase } from "@/tests/e2e/support/test-database";

// Issue 18, section 3: the dashboard lists overdue and open actions and open rounds, each linking to where one acts
// on it; the signed-in header is one row at 375 px, its links behind a menu button (a disclosure) that works by
// keyboard. Screenshots under /tmp/shots/accounts when that folder can be made (and in the test's output).

const SHOTS = "/tmp/shots/accounts";

async function shoot(page: Page, name: string, testInfo: TestInfo) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  try {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  } catch {
    // Only for looking at; the test output has the same picture.
  }
}

/** An agreed action straight into the round's scan (a date in the past is what the test is about). */
async function insertOverdueAction(organiserToken: string, title: string): Promise<void> {
  const [scan] = await testDatabase().all(
    'SELECT "id", "questionnaireId", "questionnaireVersion" FROM "Scan" WHERE "organiserToken" = ?',
    [organiserToken],
  );
  if (!scan) throw new Error("no round");
  // The questionnaire file itself (Playwright loads no JSON modules): its first domain.
  const file = `questionnaires/${String(scan.questionnaireId)}.v${Number(scan.questionnaireVersion)}.json`;
  const questionnaire = JSON.parse(readFileSync(file, "utf8")) as { domains?: Array<{ id: string }> };
  const domainId = questionnaire.domains?.[0]?.id;
  if (!domainId) throw new Error("no domain");
  const now = new Date();
  const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 10));
  await testDatabase().transaction([
    {
      sql: `INSERT INTO "AgreedAction" ("id", "scanId", "questionnaireId", "questionnaireVersion", "domainId",
              "recommendationId", "title", "owner", "dueDate", "status", "notes", "createdByUserId", "createdAt",
              "updatedAt", "statusChangedAt", "doneAt")
            VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, 'in_progress', '', NULL, ?, ?, ?, NULL)`,
      params: [
        `e2e${randomBytes(12).toString("hex")}`,
        String(scan.id),
        String(scan.questionnaireId),
        Number(scan.questionnaireVersion),
        domainId,
        title,
        "Fatima",
        due,
        now,
        now,
        now,
      ],
    },
  ]);
}

for (const locale of ["nl", "en"] as const satisfies readonly Locale[]) {
  test(`dashboard: an overdue action and an open round, each a link to act on it; the header at 375 px (${locale})`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(150_000);
    const context = await newContext(browser, locale, testInfo, { viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await signUp(page, locale, newAccount(`agenda-${locale}`));
      const clientName = uniqueClientName("Agenda");
      const clientId = await createClient(page, locale, { name: clientName, sector: "retail", sizeBand: "10-49" });
      const organiserToken = await openRoundForm(page, locale);
      const title = `Klantreis in kaart ${randomBytes(3).toString("hex")}`;
      await insertOverdueAction(organiserToken, title);

      await page.goto("/dashboard");
      const agenda = page.getByRole("region", { name: msg(locale, "dashboard.agenda.title") });
      await expect(agenda).toBeVisible();
      const overdue = agenda.getByRole("list", {
        name: new RegExp(`^${msg(locale, "dashboard.agenda.overdueTitle")}`),
      });
      const actionLink = overdue.getByRole("link", { name: exactly(title) });
      await expect(actionLink).toHaveAttribute("href", `/clients/${clientId}/actions?status=overdue`);
      await expect(overdue).toContainText(clientName);
      // Overdue, so not again among the open ones; nothing else is open.
      await expect(agenda.getByText(msg(locale, "dashboard.agenda.openEmpty"))).toBeVisible();
      const rounds = agenda.getByRole("list", { name: new RegExp(`^${msg(locale, "dashboard.agenda.roundsTitle")}`) });
      const roundLink = rounds.getByRole("link", {
        name: exactly(msg(locale, "dashboard.agenda.roundOf", { client: clientName })),
      });
      await expect(roundLink).toHaveAttribute("href", `/rounds/${organiserToken}`);
      await expectNoSeriousA11yViolations(page);
      await shoot(page, `dashboard-${locale}-1280`, testInfo);

      // Each link leads to where one acts on it.
      await actionLink.click();
      await page.waitForURL(new RegExp(`/clients/${clientId}/actions\\?status=overdue$`));
      await expect(page.getByTestId("client-actions")).toContainText(title);
      await page.goto("/dashboard");
      await roundLink.click();
      await page.waitForURL(new RegExp(`/rounds/${organiserToken}$`));

      // 375 px: the header is one row, the links behind the menu button.
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto("/dashboard");
      await expectNoHorizontalScroll(page, `dashboard-${locale}-375`);
      await shoot(page, `dashboard-${locale}-375`, testInfo);
      const header = page.locator("header").first();
      const nav = page.getByRole("navigation", { name: msg(locale, "nav.account") });
      const menu = nav.getByRole("button", { name: exactly(msg(locale, "nav.menu")) });
      const logo = header.getByRole("link", { name: msg(locale, "common.appName") });
      const row = async () => {
        const [a, b, c] = await Promise.all([logo.boundingBox(), menu.boundingBox(), header.boundingBox()]);
        if (!a || !b || !c) throw new Error("header not laid out");
        return { sameRow: Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < 8, height: c.height };
      };
      const closed = await row();
      expect(closed.sameRow).toBe(true);
      expect(closed.height).toBeLessThan(70);
      const dashboardLink = nav.getByRole("link", { name: exactly(msg(locale, "nav.dashboard")) });
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(dashboardLink).toBeHidden();
      await shoot(page, `header-closed-${locale}-375`, testInfo);

      // By keyboard: Enter opens, Tab reaches the links, Escape closes and gives focus back to the button.
      await menu.focus();
      await page.keyboard.press("Enter");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      const panelId = await menu.getAttribute("aria-controls");
      expect(panelId).toBeTruthy();
      const panel = page.locator(`[id="${panelId}"]`);
      await expect(panel.getByRole("link", { name: exactly(msg(locale, "nav.dashboard")) })).toBeVisible();
      await expect(panel.getByRole("button", { name: exactly(msg(locale, "nav.signOut")) })).toBeVisible();
      expect((await row()).height).toBeLessThan(70);
      await page.keyboard.press("Tab");
      await expect(dashboardLink).toBeFocused();
      await expectNoSeriousA11yViolations(page);
      await shoot(page, `header-open-${locale}-375`, testInfo);
      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();
      await expect(dashboardLink).toBeHidden();
      await page.keyboard.press("Space");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      // A link in the menu navigates, and the menu is closed on the next page.
      await panel.getByRole("link", { name: exactly(msg(locale, "accounts.nav.team")) }).click();
      await page.waitForURL(/\/team$/);
      await expect(menu).toHaveAttribute("aria-expanded", "false");

      // 1280 px: no menu button, the links in the header row.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/dashboard");
      await expect(menu).toBeHidden();
      await expect(dashboardLink).toBeVisible();
      await shoot(page, `header-${locale}-1280`, testInfo);
    } finally {
      await context.close();
    }
  });
}
