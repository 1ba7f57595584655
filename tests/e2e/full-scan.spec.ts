import { expect, type Page, test } from "@playwright/test";
import {
  answerAllDomains,
  BROWSER_LOCALE,
  domainCard,
  domainCards,
  domainLevelName,
  exactly,
  expectChartToShow,
  expectProgress,
  fillAndSubmitStartForm,
  type Locale,
  levelForScore,
  readQuestionnaire,
  SCAN_OVERVIEW_URL,
  seventyFivePattern,
  startingWith,
  stepUrl,
  submitReview,
  t,
} from "@/tests/e2e/support/scan-helpers";

// The whole journey of the full scan, landing page to results, once per language. Every non-reverse
// item gets scale point 4 and every reverse item (v2 had some; v3 has none) point 2, so every item scores 4:
// a mean of 4 on the 1–5 scale is (4 − 1) / 4 × 100 = 75 for each domain and therefore 75 overall.

const full = readQuestionnaire("full");
const EXPECTED_SCORE = 75;

test.use({ locale: BROWSER_LOCALE.nl });

test.describe("full scan, landing page to results", () => {
  test.describe.configure({ timeout: 120_000 });

  test("in Dutch (from the browser language): every domain and the total score 75", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("button", { name: "Nederlands" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "landing.title") })).toBeVisible();

    await completeFullScan(page, "nl");

    // Only Dutch on the Dutch results page.
    await expect(page.getByRole("heading", { level: 2, name: "Actieplan" })).toBeVisible();
    await expect(page.getByText("Action plan")).toHaveCount(0);
  });

  test("in English (chosen with the language button): the same journey and scores in English", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "landing.title") })).toBeVisible();

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "Nederlands" })).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: t("en", "landing.title") })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);

    await completeFullScan(page, "en");

    // English texts, not the Dutch ones.
    await expect(page.getByRole("heading", { level: 2, name: "Action plan" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Overall" })).toBeVisible();
    await expect(page.getByText("Actieplan")).toHaveCount(0);
    await expect(page.getByText("Verankerd")).toHaveCount(0);
  });
});

async function completeFullScan(page: Page, locale: Locale): Promise<void> {
  // Landing page → start form of the full scan.
  await page.getByRole("link", { name: startingWith(t(locale, "landing.scan.full.start")) }).click();
  await expect(page).toHaveURL(/\/scan\/new\?type=full$/);
  await expect(page.getByRole("heading", { level: 1, name: t(locale, "start.title") })).toBeVisible();
  const facts = t(locale, "start.facts", { items: full.items.length, minutes: full.estimatedMinutes });
  await expect(page.getByText(facts, { exact: true })).toBeVisible();

  const { token, organisation } = await fillAndSubmitStartForm(page, locale, {
    role: "manager",
    team: "Klantenservice",
  });

  // Overview with the private resume link.
  await expect(page).toHaveURL(SCAN_OVERVIEW_URL);
  await expect(
    page.getByRole("heading", { level: 1, name: t(locale, "scan.overviewTitle", { organisation }) }),
  ).toBeVisible();
  const resumeLink = page.getByRole("textbox", { name: t(locale, "scan.resumeLabel") });
  await expect(resumeLink).toHaveValue(new URL(`/scan/${token}`, page.url()).href);
  await expect(resumeLink).toHaveJSProperty("readOnly", true);
  await expectProgress(page, locale, 0, full.items.length);

  await page.getByRole("link", { name: exactly(t(locale, "scan.begin")) }).click();
  await expect(page).toHaveURL(stepUrl(token, 1));

  // Six domains, page by page, with the Next button; the progress bar counts up to every statement.
  await answerAllDomains(page, locale, token, full, seventyFivePattern);

  // Review: nothing open.
  await expect(page.getByRole("heading", { level: 1, name: t(locale, "review.title") })).toBeVisible();
  await expect(page.getByText(t(locale, "review.allAnswered"))).toBeVisible();
  await expect(page.getByText(t(locale, "review.submitReady"))).toBeVisible();
  await expectProgress(page, locale, full.items.length, full.items.length);

  await submitReview(page, locale);
  await expectResults(page, locale, organisation);
}

async function expectResults(page: Page, locale: Locale, organisation: string): Promise<void> {
  const level = levelForScore(full, EXPECTED_SCORE);
  await expect(
    page.getByRole("heading", { level: 1, name: t(locale, "results.title", { organisation }) }),
  ).toBeVisible();

  // A full scan is a measurement, not an indication.
  await expect(page.getByRole("region", { name: t(locale, "measurement.indicative.title") })).toHaveCount(0);

  // Overall: the level name and "75 / 100".
  const overall = page.getByRole("region", { name: t(locale, "results.overall") });
  await expect(overall.getByText(level.name[locale], { exact: true })).toBeVisible();
  await expect(overall).toContainText(`${EXPECTED_SCORE} / 100`);

  // The radar chart names every domain.
  for (const domain of full.domains) await expectChartToShow(page, domain.name[locale]);

  // Six domain cards, each 75 with its own wording of the level.
  await expect(domainCards(page, locale)).toHaveCount(full.domains.length);
  for (const domain of full.domains) {
    const card = domainCard(page, locale, domain);
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(`${EXPECTED_SCORE} / 100`);
    await expect(
      card.getByRole("img", { name: t(locale, "results.scoreOutOf", { score: EXPECTED_SCORE }) }),
    ).toBeVisible();
    await expect(card.getByText(domainLevelName(domain, level, locale), { exact: true })).toBeVisible();
    await expect(card).not.toContainText(t(locale, "results.insufficient"));
  }

  // Action plan: three numbered next steps, then the rest by domain; together the recommendations for
  // the level every domain reached, each shown once.
  const actionPlan = page.getByRole("region", { name: t(locale, "results.actionPlan") });
  await expect(actionPlan.getByRole("heading", { level: 2, name: t(locale, "results.actionPlan") })).toBeVisible();
  const expectedTitles = full.domains.flatMap((domain) =>
    (domain.recommendations[level.id] ?? []).map((recommendation) => recommendation.title[locale]),
  );
  expect(expectedTitles.length, "the questionnaire has recommendations for this level").toBeGreaterThan(3);
  const next = actionPlan.getByRole("region", { name: t(locale, "measurement.plan.nextTitle") }).locator("ol > li");
  await expect(next).toHaveCount(3);
  const shownTitles: string[] = [];
  for (let index = 0; index < 3; index++) {
    await expect(next.nth(index)).toHaveText(new RegExp(`^${index + 1}\\D`));
    shownTitles.push((await next.nth(index).getByRole("heading", { level: 4 }).textContent())?.trim() ?? "");
  }
  // The rest is closed until asked for.
  await actionPlan.getByTestId("plan-rest-disclosure").locator("summary").click();
  const rest = actionPlan.getByRole("region", { name: t(locale, "measurement.plan.restTitle") });
  await expect(rest).toBeVisible();
  for (const heading of await rest.getByRole("heading", { level: 5 }).all()) {
    shownTitles.push((await heading.textContent())?.trim() ?? "");
  }
  expect(shownTitles.sort()).toEqual([...expectedTitles].sort());

  // The read-only share link points at this very page.
  const share = page.getByRole("textbox", { name: t(locale, "results.shareLabel") });
  await expect(share).toHaveValue(page.url());
}
