import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  answerItems,
  BROWSER_LOCALE,
  exactly,
  itemsOfDomain,
  type Locale,
  readQuestionnaire,
  resultsChart,
  SCAN_OVERVIEW_URL,
  seventyFivePattern,
  submitReview,
  t,
  tokenFromUrl,
  uniqueOrganisation,
} from "@/tests/e2e/support/scan-helpers";

// Every page of the journey, in both languages: no serious or critical axe violations at desktop width,
// and no horizontal scrolling on a 375 px wide phone.

const quick = readQuestionnaire("quick");
const PHONE_WIDTH = 375;

/** Walks landing → start form (empty, then with errors) → overview → domain 1 → review → results. */
async function visitEveryPage(page: Page, locale: Locale, check: (name: string) => Promise<void>): Promise<void> {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: t(locale, "landing.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await check("landing page");

  await page.goto("/scan/new?type=quick");
  await expect(page.getByRole("heading", { level: 1, name: t(locale, "start.title") })).toBeVisible();
  await check("start form");

  await page.getByRole("button", { name: exactly(t(locale, "start.submit")) }).click();
  await expect(page.getByText(t(locale, "errors.organisationRequired"))).toBeVisible();
  await expect(page.getByText(t(locale, "errors.roleRequired"))).toBeVisible();
  await check("start form with validation errors");

  await page.getByRole("textbox", { name: exactly(t(locale, "start.organisation")) }).fill(uniqueOrganisation());
  await page.getByRole("radio", { name: exactly(t(locale, "roles.employee")) }).check();
  await page.getByRole("button", { name: exactly(t(locale, "start.submit")) }).click();
  await page.waitForURL(SCAN_OVERVIEW_URL);
  const token = tokenFromUrl(page.url());
  await check("scan overview");

  await page.goto(`/scan/${token}/1`);
  const domain = quick.domains[0];
  if (!domain) throw new Error("the quick scan has no domains");
  await answerItems(page, itemsOfDomain(quick, domain.id), seventyFivePattern);
  await check("questionnaire page (domain 1, answered)");

  await page.goto(`/scan/${token}/2`);
  await expect(page.getByRole("heading", { level: 1, name: quick.domains[1]?.name[locale] })).toBeVisible();
  await check("questionnaire page (domain 2, unanswered)");

  await page.goto(`/scan/${token}/review`);
  await expect(page.getByRole("heading", { level: 1, name: t(locale, "review.title") })).toBeVisible();
  await check("review page with open items");

  await submitReview(page, locale);
  await expect(page.getByRole("heading", { level: 2, name: t(locale, "results.actionPlan") })).toBeVisible();
  await expect(resultsChart(page)).toBeVisible();
  await check("results page");
}

for (const locale of ["nl", "en"] as const) {
  test.describe(`in ${locale === "nl" ? "Dutch" : "English"}`, () => {
    test.use({ locale: BROWSER_LOCALE[locale] });

    test("no serious or critical axe violations on any page", async ({ page }) => {
      // Eight axe runs of about two seconds each.
      test.setTimeout(120_000);
      await visitEveryPage(page, locale, async () => {
        await expectNoSeriousA11yViolations(page);
      });
    });

    test(`no horizontal scrolling at ${PHONE_WIDTH} px on any page`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
      await visitEveryPage(page, locale, async (name) => {
        const widths = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          const wider = [...document.querySelectorAll<HTMLElement>("body *")]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 5)
            .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">`);
          return { scrollWidth: root.scrollWidth, wider };
        });
        expect(
          widths.scrollWidth,
          `${name} scrolls sideways at ${PHONE_WIDTH} px; wider elements: ${widths.wider.join(", ")}`,
        ).toBeLessThanOrEqual(PHONE_WIDTH);
      });
    });
  });
}
