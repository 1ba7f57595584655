import { expect, type Page, test } from "@playwright/test";
import {
  answerItems,
  answerRadio,
  BROWSER_LOCALE,
  domainCard,
  exactly,
  itemsOfDomain,
  RESULTS_URL,
  readQuestionnaire,
  saveStatus,
  startScan,
  t,
  tokenFromUrl,
} from "@/tests/e2e/support/scan-helpers";

// Submitting is idempotent: a double click or a second tab ends on the same results, never an error.
// Once submitted, a scan is locked: its scan URLs lead to the results and answers are refused.

const quick = readQuestionnaire("quick");
const firstDomain = quick.domains[0];
if (!firstDomain) throw new Error("the quick scan has no domains");
const firstItems = itemsOfDomain(quick, firstDomain.id);

test.use({ locale: BROWSER_LOCALE.nl });
// Several page loads and saves each; room for a slow machine.
test.describe.configure({ timeout: 60_000 });

/** Records server errors (HTTP 5xx) on a page, so a test can assert there were none. */
function watchServerErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return errors;
}

async function expectNoErrorShown(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { name: t("nl", "error.title") })).toHaveCount(0);
  await expect(page.getByText(t("nl", "errors.scanNotFound"))).toHaveCount(0);
  await expect(page.getByText(t("nl", "errors.invalidToken"))).toHaveCount(0);
}

/** A quick scan with domain 1 answered (4 and 4: a score of 75 there), left on its review page. */
async function scanOnReview(page: Page): Promise<{ token: string; organisation: string }> {
  const started = await startScan(page, "nl", "quick");
  await page.goto(`/scan/${started.token}/1`);
  await answerItems(page, firstItems, (item) => (item.reverse ? 2 : 4));
  await page.goto(`/scan/${started.token}/review`);
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "review.title") })).toBeVisible();
  return started;
}

function submitButton(page: Page) {
  return page.getByRole("button", { name: exactly(t("nl", "review.submit")) });
}

test("a double click on submit ends on one results page without an error", { tag: "@database" }, async ({ page }) => {
  const serverErrors = watchServerErrors(page);
  const { token, organisation } = await scanOnReview(page);

  await submitButton(page).dblclick();
  await page.waitForURL(RESULTS_URL);
  const resultsUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "results.title", { organisation }) })).toBeVisible();
  await expectNoErrorShown(page);

  // The review URL of a submitted scan leads to the same results.
  await page.goto(`/scan/${token}/review`);
  await expect(page).toHaveURL(resultsUrl);
  await expect(domainCard(page, "nl", firstDomain)).toContainText("75 / 100");
  expect(serverErrors).toEqual([]);
});

test("submitting from two tabs at the same moment gives both the same results", { tag: "@database" }, async ({
  page,
  context,
}) => {
  const { token, organisation } = await scanOnReview(page);
  const second = await context.newPage();
  const serverErrors = [watchServerErrors(page), watchServerErrors(second)];
  await second.goto(`/scan/${token}/review`);
  await expect(submitButton(second)).toBeVisible();

  await Promise.all([submitButton(page).click(), submitButton(second).click()]);
  await Promise.all([page.waitForURL(RESULTS_URL), second.waitForURL(RESULTS_URL)]);
  expect(second.url()).toBe(page.url());
  for (const tab of [page, second]) {
    await expect(
      tab.getByRole("heading", { level: 1, name: t("nl", "results.title", { organisation }) }),
    ).toBeVisible();
    await expect(domainCard(tab, "nl", firstDomain)).toContainText("75 / 100");
    await expectNoErrorShown(tab);
  }
  expect(serverErrors.flat()).toEqual([]);
});

test("after submitting, an old tab and the old scan URLs cannot change the answers", async ({ page, context }) => {
  const { token } = await scanOnReview(page);

  // Tabs left open before submitting: the review page and the first domain.
  const staleReview = await context.newPage();
  await staleReview.goto(`/scan/${token}/review`);
  const staleStep = await context.newPage();
  await staleStep.goto(`/scan/${token}/1`);
  await expect(answerRadio(staleStep, firstItems[0]?.id ?? "", 4)).toBeChecked();
  const serverErrors = [watchServerErrors(page), watchServerErrors(staleReview), watchServerErrors(staleStep)];

  await submitButton(page).click();
  await page.waitForURL(RESULTS_URL);
  const resultsUrl = page.url();
  expect(tokenFromUrl(resultsUrl)).not.toBe(token);

  // Submitting again from the old review tab: the same results.
  await submitButton(staleReview).click();
  await staleReview.waitForURL(resultsUrl);
  await expectNoErrorShown(staleReview);

  // Answering in the old domain tab is refused and says why.
  const firstItem = firstItems[0];
  if (!firstItem) throw new Error("the first domain has no items");
  await answerRadio(staleStep, firstItem.id, 1).check();
  await expect(saveStatus(staleStep)).toHaveAttribute("data-save-state", "error");
  await expect(saveStatus(staleStep)).toHaveText(t("nl", "errors.alreadySubmitted"));

  // Its Next button (which also saves the page's answers) leads to the results, not to domain 2.
  await staleStep.getByRole("button", { name: exactly(t("nl", "scan.next")) }).click();
  await staleStep.waitForURL(resultsUrl);

  // Every scan URL of the submitted scan now redirects to its results.
  for (const path of [`/scan/${token}`, `/scan/${token}/1`, `/scan/${token}/6`, `/scan/${token}/review`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page, path).toHaveURL(resultsUrl);
  }

  // The results are unchanged: domain 1 still scores 75.
  await expect(domainCard(page, "nl", firstDomain)).toContainText("75 / 100");
  expect(serverErrors.flat()).toEqual([]);
});
