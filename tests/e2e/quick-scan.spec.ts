import { expect, test } from "@playwright/test";
import {
  type AnswerChoice,
  answerItems,
  BROWSER_LOCALE,
  domainCard,
  domainCards,
  escapeRegExp,
  exactly,
  expectChartToShow,
  expectProgress,
  goToNextStep,
  itemsOfDomain,
  levelForScore,
  type QuestionnaireItem,
  readQuestionnaire,
  seventyFivePattern,
  startScan,
  stepUrl,
  submitReview,
  t,
} from "./support/scan-helpers";

// The quick scan (12 items, 2 per domain) with one domain left empty and one answered "Weet ik niet /
// n.v.t." twice: the review lists the open items, and after submitting both domains show "te weinig
// antwoorden" instead of a score. They must not count as zero: the total is the mean of the other four.

const quick = readQuestionnaire("quick");
const [first, skipped, dontKnow, ...rest] = quick.domains;

test.use({ locale: BROWSER_LOCALE.nl });
// Several page loads and saves each; room for a slow machine.
test.describe.configure({ timeout: 60_000 });

test("quick scan with an unanswered and a 'don't know' domain: open items listed, those domains unscored", async ({
  page,
}) => {
  if (!first || !skipped || !dontKnow) throw new Error("the quick scan needs at least three domains");
  expect(quick.items).toHaveLength(12);

  const { token, organisation } = await startScan(page, "nl", "quick", { role: "board" });
  await expectProgress(page, "nl", 0, 12);
  await page.getByRole("link", { name: exactly(t("nl", "scan.begin")) }).click();

  // Domain 1: top marks (reverse items the lowest), a score of 100.
  const topMarks = (item: QuestionnaireItem): AnswerChoice => (item.reverse ? 1 : 5);
  await expect(page).toHaveURL(stepUrl(token, 1));
  await answerItems(page, itemsOfDomain(quick, first.id), topMarks);
  await expectProgress(page, "nl", 2, 12);
  await goToNextStep(page, "nl", token, 2);

  // Domain 2: skipped.
  await expect(page.getByRole("heading", { level: 1, name: skipped.name.nl })).toBeVisible();
  await goToNextStep(page, "nl", token, 3);

  // Domain 3: "Weet ik niet / n.v.t." twice; that counts as answered for the progress, not for the score.
  await expect(page.getByRole("heading", { level: 1, name: dontKnow.name.nl })).toBeVisible();
  for (const item of itemsOfDomain(quick, dontKnow.id)) {
    await expect(
      page.getByRole("group", { name: new RegExp(escapeRegExp(item.statement.nl)) }).getByRole("radio", {
        name: "Weet ik niet / n.v.t.",
      }),
    ).toHaveCount(1);
  }
  await answerItems(page, itemsOfDomain(quick, dontKnow.id), () => "na");
  await expectProgress(page, "nl", 4, 12);

  // Domains 4–6: 75 each.
  for (const [index, domain] of rest.entries()) {
    const step = index + 4;
    await goToNextStep(page, "nl", token, step);
    await answerItems(page, itemsOfDomain(quick, domain.id), seventyFivePattern);
  }
  await expectProgress(page, "nl", 10, 12);
  await goToNextStep(page, "nl", token, "review");

  // Review: the two items of the skipped domain are open, with their numbers, under a link to that step.
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "review.title") })).toBeVisible();
  const open = page.getByRole("region", { name: "Nog 2 stellingen open" });
  await expect(open).toBeVisible();
  const skippedLink = open.getByRole("link", { name: skipped.name.nl, exact: true });
  await expect(skippedLink).toHaveAttribute("href", `/scan/${token}/2`);
  const openItems = open.getByRole("listitem");
  await expect(openItems).toHaveCount(2);
  for (const [index, item] of itemsOfDomain(quick, skipped.id).entries()) {
    const number = quick.items.findIndex((candidate) => candidate.id === item.id) + 1;
    await expect(openItems.nth(index)).toHaveText(`${number}. ${item.statement.nl}`);
  }
  // "Don't know" counts as an answer, so that domain is not listed.
  await expect(open.getByRole("link", { name: dontKnow.name.nl, exact: true })).toHaveCount(0);
  await expect(page.getByText(t("nl", "review.submitWithOpen"))).toBeVisible();
  await expectProgress(page, "nl", 10, 12);

  await submitReview(page, "nl");
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "results.title", { organisation }) })).toBeVisible();

  // The two domains without scale answers: the message instead of a score.
  await expect(domainCards(page, "nl")).toHaveCount(6);
  const skippedCard = domainCard(page, "nl", skipped);
  await expect(skippedCard).toContainText("Te weinig antwoorden om dit domein te scoren");
  await expect(skippedCard).toContainText("Minstens 1 van de 2 stellingen hebben een antwoord op de schaal nodig.");
  await expect(skippedCard).toContainText("0 van 2 stellingen beantwoord");
  await expect(skippedCard).not.toContainText("/ 100");
  await expect(skippedCard.getByRole("img")).toHaveCount(0);

  const dontKnowCard = domainCard(page, "nl", dontKnow);
  await expect(dontKnowCard).toContainText("Te weinig antwoorden om dit domein te scoren");
  await expect(dontKnowCard).toContainText("0 van 2 stellingen beantwoord, 2 weet ik niet");
  await expect(dontKnowCard).not.toContainText("/ 100");

  // The scored domains keep their score.
  await expect(domainCard(page, "nl", first)).toContainText("100 / 100");
  for (const domain of rest) await expect(domainCard(page, "nl", domain)).toContainText("75 / 100");

  // Total: the mean of the four scored domains, (100 + 3 × 75) / 4 = 81.25, not dragged down by zeros.
  const overall = page.getByRole("region", { name: t("nl", "results.overall") });
  await expect(overall).toContainText("81 / 100");
  await expect(overall.getByText(levelForScore(quick, 81.25).name.nl, { exact: true })).toBeVisible();

  // The radar labels the unscored domains as such.
  await expectChartToShow(page, t("nl", "results.insufficientShort"));

  // The action plan has no steps for the unscored domains.
  const steps = page.getByRole("region", { name: t("nl", "results.actionPlan") }).getByRole("listitem");
  expect(await steps.count()).toBeGreaterThan(0);
  await expect(steps.filter({ has: page.getByText(skipped.name.nl, { exact: true }) })).toHaveCount(0);
  await expect(steps.filter({ has: page.getByText(dontKnow.name.nl, { exact: true }) })).toHaveCount(0);
  await expect(steps.filter({ has: page.getByText(first.name.nl, { exact: true }) }).first()).toBeVisible();
});
