import { expect, test } from "@playwright/test";
import {
  type AnswerChoice,
  answerItems,
  answerLabel,
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
} from "@/tests/e2e/support/scan-helpers";

// The quick scan (3 statements per domain) with one domain left empty and one answered "Weet ik niet"
// everywhere. Before submitting, the review names both domains as getting no score, links to them and
// warns there will be no overall score (v2 needs 5 of 6 domains). After answering the empty one, only
// the "don't know" domain stays unscored: its card says so, the radar skips it, the overall is the mean
// of the other five, and the result says plainly that a quick scan is an indication.

const quick = readQuestionnaire("quick");
const [first, skipped, dontKnow, ...rest] = quick.domains;

test.use({ locale: BROWSER_LOCALE.nl });
// Several page loads and saves each; room for a slow machine.
test.describe.configure({ timeout: 90_000 });

test("quick scan: the review warns which domains get no score, and the result is an indication", async ({ page }) => {
  if (!first || !skipped || !dontKnow) throw new Error("the quick scan needs at least three domains");
  const total = quick.items.length;
  const per = (domainId: string) => itemsOfDomain(quick, domainId).length;
  expect(quick.minScoredDomains).toBe(5);

  const { token, organisation } = await startScan(page, "nl", "quick", { role: "board" });
  await expectProgress(page, "nl", 0, total);
  await page.getByRole("link", { name: exactly(t("nl", "scan.begin")) }).click();

  // Domain 1: everything everywhere, a score of 100 (the quick scan has no reverse-worded statements).
  const topMarks = (item: QuestionnaireItem): AnswerChoice => (item.reverse ? 1 : 5);
  await expect(page).toHaveURL(stepUrl(token, 1));
  await answerItems(page, itemsOfDomain(quick, first.id), topMarks);
  await goToNextStep(page, "nl", token, 2);

  // Domain 2: skipped for now.
  await expect(page.getByRole("heading", { level: 1, name: skipped.name.nl })).toBeVisible();
  await goToNextStep(page, "nl", token, 3);

  // Domain 3: the two non-answers are offered apart; "Weet ik niet" everywhere.
  await expect(page.getByRole("heading", { level: 1, name: dontKnow.name.nl })).toBeVisible();
  for (const item of itemsOfDomain(quick, dontKnow.id)) {
    const group = page.getByRole("group", { name: new RegExp(escapeRegExp(item.statement.nl)) });
    await expect(group.getByRole("radio", { name: answerLabel(quick, "dk", "nl"), exact: true })).toHaveCount(1);
    await expect(group.getByRole("radio", { name: answerLabel(quick, "na", "nl"), exact: true })).toHaveCount(1);
  }
  await answerItems(page, itemsOfDomain(quick, dontKnow.id), () => "dk");
  await expectProgress(page, "nl", per(first.id) + per(dontKnow.id), total);

  // Domains 4–6: 75 each.
  for (const [index, domain] of rest.entries()) {
    await goToNextStep(page, "nl", token, index + 4);
    await answerItems(page, itemsOfDomain(quick, domain.id), seventyFivePattern);
  }
  await goToNextStep(page, "nl", token, "review");

  // Review: the skipped domain's statements are open, and the warning names both domains without a score.
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "review.title") })).toBeVisible();
  await expect(page.getByRole("region", { name: `Nog ${per(skipped.id)} stellingen open` })).toBeVisible();
  const warning = page.getByRole("region", { name: t("nl", "measurement.review.unscoredTitle") });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("link")).toHaveCount(2);
  await expect(warning.getByRole("link", { name: skipped.name.nl, exact: true })).toHaveAttribute(
    "href",
    `/scan/${token}/2`,
  );
  const needed = Math.ceil(quick.minAnsweredShare * per(dontKnow.id));
  await expect(warning.getByRole("listitem").filter({ hasText: dontKnow.name.nl })).toContainText(
    t("nl", "measurement.review.domainNeeds", { answered: 0, needed }),
  );
  await expect(warning).toContainText(
    t("nl", "measurement.review.overallWarning", { required: 5, total: quick.domains.length }),
  );

  // The link takes you to the domain; answering it leaves only the "don't know" domain in the warning.
  await warning.getByRole("link", { name: skipped.name.nl, exact: true }).click();
  await expect(page).toHaveURL(stepUrl(token, 2));
  await answerItems(page, itemsOfDomain(quick, skipped.id), seventyFivePattern);
  await page.goto(`/scan/${token}/review`);
  await expect(warning.getByRole("link")).toHaveCount(1);
  await expect(warning.getByRole("link", { name: dontKnow.name.nl, exact: true })).toHaveAttribute(
    "href",
    `/scan/${token}/3`,
  );
  await expect(warning).not.toContainText(
    t("nl", "measurement.review.overallWarning", { required: 5, total: quick.domains.length }),
  );

  await submitReview(page, "nl");
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "results.title", { organisation }) })).toBeVisible();

  // An indication, plainly, with an invitation to the full scan.
  const banner = page.getByRole("region", { name: t("nl", "measurement.indicative.title") });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(t("nl", "measurement.indicative.text"));
  await expect(banner.getByRole("link", { name: t("nl", "measurement.indicative.cta") })).toHaveAttribute(
    "href",
    "/scan/new?type=full",
  );

  // The "don't know" domain: no score, and its non-answers counted apart.
  await expect(domainCards(page, "nl")).toHaveCount(6);
  const unscored = domainCard(page, "nl", dontKnow);
  await expect(unscored).toHaveAttribute("data-state", "unscored");
  await expect(unscored).toContainText(t("nl", "measurement.unscored.badge"));
  await expect(unscored).toContainText(t("nl", "measurement.unscored.title"));
  // Both non-answers are counted, apart: the three "don't know" answers were stored as such.
  await expect(unscored).toContainText(
    t("nl", "measurement.answered", {
      answered: 0,
      total: per(dontKnow.id),
      dontKnow: per(dontKnow.id),
      notApplicable: 0,
    }),
  );
  await expect(unscored).not.toContainText("/ 100");
  await expect(unscored.getByRole("img")).toHaveCount(0);

  // The scored domains keep their score; the total is the mean of the five, not dragged down by a zero.
  await expect(domainCard(page, "nl", first)).toContainText("100 / 100");
  for (const domain of [skipped, ...rest]) await expect(domainCard(page, "nl", domain)).toContainText("75 / 100");
  const overall = page.getByRole("region", { name: t("nl", "results.overall") });
  await expect(overall).toContainText("80 / 100");
  await expect(overall.getByText(levelForScore(quick, 80).name.nl, { exact: true })).toBeVisible();

  // The radar labels the unscored domain instead of drawing it at 0.
  await expectChartToShow(page, t("nl", "results.insufficientShort"));

  // The plan has no steps for the unscored domain.
  const next = page.getByRole("region", { name: t("nl", "measurement.plan.nextTitle") }).locator("ol > li");
  await expect(next).toHaveCount(3);
  await expect(next.filter({ hasText: dontKnow.name.nl })).toHaveCount(0);
});

test("a quick scan with too few domains scored names them instead of an overall score", async ({ page }) => {
  const { token } = await startScan(page, "nl", "quick");
  const [d1, d2, d3, d4] = quick.domains;
  if (!d1 || !d2 || !d3 || !d4) throw new Error("the quick scan needs four domains");
  // Four domains answered, two left open: no overall score on v2.
  for (const [index, domain] of [d1, d2, d3, d4].entries()) {
    await page.goto(`/scan/${token}/${index + 1}`);
    await answerItems(page, itemsOfDomain(quick, domain.id), () => 3);
  }
  await page.goto(`/scan/${token}/review`);
  await submitReview(page, "nl");
  const overall = page.getByRole("region", { name: t("nl", "results.overall") });
  await expect(overall).toContainText(t("nl", "results.overallInsufficient"));
  const missing = quick.domains.slice(4).map((d) => d.name.nl);
  await expect(overall).toContainText(
    t("nl", "measurement.overallMissing", { required: 5, total: 6, scored: 4, domains: missing.join(", ") }),
  );
  await expect(page.getByRole("region", { name: t("nl", "measurement.indicative.title") })).toBeVisible();
});
