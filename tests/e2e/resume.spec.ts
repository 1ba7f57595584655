import { expect, test } from "@playwright/test";
import {
  type AnswerChoice,
  answerItems,
  BROWSER_LOCALE,
  exactly,
  expectAnswers,
  expectProgress,
  expectUnanswered,
  goToNextStep,
  itemsOfDomain,
  type QuestionnaireItem,
  readQuestionnaire,
  SCAN_OVERVIEW_URL,
  saveStatus,
  startScan,
  stepUrl,
  t,
} from "@/tests/e2e/support/scan-helpers";

test.use({ locale: BROWSER_LOCALE.nl });
// Several page loads and saves each; room for a slow machine.
test.describe.configure({ timeout: 60_000 });

test("answers survive a reload of the page", async ({ page }) => {
  const full = readQuestionnaire("full");
  const domain = full.domains[0];
  if (!domain) throw new Error("the full scan has no domains");
  const items = itemsOfDomain(full, domain.id);
  const answered = items.slice(0, 3);
  const values = new Map<string, AnswerChoice>(
    answered.map((item, index) => [item.id, ([5, "na", 1] as const)[index] ?? 3]),
  );
  const choose = (item: QuestionnaireItem): AnswerChoice => values.get(item.id) ?? 3;

  const { token } = await startScan(page, "nl", "full");
  await page.goto(`/scan/${token}/1`);
  await expect(saveStatus(page)).toHaveAttribute("data-save-state", "idle");
  await answerItems(page, answered, choose);
  await expect(saveStatus(page)).toHaveText(/Alle antwoorden bewaard/);
  await expectProgress(page, "nl", 3, full.items.length);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: domain.name.nl })).toBeVisible();
  await expectAnswers(page, answered, choose);
  for (const item of items.slice(3)) await expectUnanswered(page, item);
  await expectProgress(page, "nl", 3, full.items.length);

  // Changing an answer is saved too.
  await answerItems(page, [answered[0] as QuestionnaireItem], () => 2);
  await page.reload();
  await expectAnswers(page, [answered[0] as QuestionnaireItem], () => 2);
  await expectProgress(page, "nl", 3, full.items.length);
});

test("the private link resumes the scan in a new browser where it was left off", async ({ page, browser }) => {
  const quick = readQuestionnaire("quick");
  const [domain1, domain2] = quick.domains;
  if (!domain1 || !domain2) throw new Error("the quick scan needs two domains");
  const firstItems = itemsOfDomain(quick, domain1.id);
  const [secondAnswered, secondOpen] = itemsOfDomain(quick, domain2.id);
  if (!secondAnswered || !secondOpen) throw new Error("the second domain needs two items");

  const { token, organisation } = await startScan(page, "nl", "quick");
  const link = await page.getByRole("textbox", { name: t("nl", "scan.resumeLabel") }).inputValue();
  expect(link).toBe(new URL(`/scan/${token}`, page.url()).href);

  // Domain 1 completely, one item of domain 2.
  await page.getByRole("link", { name: exactly(t("nl", "scan.begin")) }).click();
  await answerItems(page, firstItems, () => 4);
  await goToNextStep(page, "nl", token, 2);
  await answerItems(page, [secondAnswered], () => 2);
  await page.close();

  // Someone opens the copied link in another browser: no cookies, no history.
  const context = await browser.newContext({ locale: BROWSER_LOCALE.nl });
  try {
    const other = await context.newPage();
    await other.goto(link);
    await expect(other).toHaveURL(SCAN_OVERVIEW_URL);
    await expect(
      other.getByRole("heading", { level: 1, name: t("nl", "scan.overviewTitle", { organisation }) }),
    ).toBeVisible();
    await expectProgress(other, "nl", firstItems.length + 1, quick.items.length);
    await expect(
      other.getByRole("link", {
        name: new RegExp(`${domain1.name.nl}\\s*${firstItems.length} van ${firstItems.length} beantwoord`),
      }),
    ).toBeVisible();
    await expect(
      other.getByRole("link", {
        name: new RegExp(`${domain2.name.nl}\\s*1 van ${itemsOfDomain(quick, domain2.id).length} beantwoord`),
      }),
    ).toBeVisible();
    await expect(other.getByRole("link", { name: exactly(t("nl", "scan.begin")) })).toHaveCount(0);

    await other.getByRole("link", { name: exactly(t("nl", "scan.continue")) }).click();
    await expect(other).toHaveURL(stepUrl(token, 2));
    await expect(other.getByRole("heading", { level: 1, name: domain2.name.nl })).toBeVisible();
    await expectAnswers(other, [secondAnswered], () => 2);
    await expectUnanswered(other, secondOpen);
    await expectProgress(other, "nl", firstItems.length + 1, quick.items.length);

    // Going on in the new browser works: the answer is saved and domain 1 is still as it was.
    await answerItems(other, [secondOpen], () => 5);
    await expectProgress(other, "nl", firstItems.length + 2, quick.items.length);
    await other.getByRole("button", { name: exactly(t("nl", "scan.previous")) }).click();
    await expect(other).toHaveURL(stepUrl(token, 1));
    await expectAnswers(other, firstItems, () => 4);
  } finally {
    await context.close();
  }
});
