import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { ANY, messagePattern, msg, newContext } from "@/tests/e2e/support/consultant-helpers";
import {
  answerAndSubmitRound,
  closeContexts,
  copyLinkValue,
  openRoundForm,
  startRoundResponse,
} from "@/tests/e2e/support/round-helpers";
import {
  type AnswerChoice,
  answerItems,
  exactly,
  itemsOfDomain,
  type Locale,
  readQuestionnaire,
  startScan,
  submitReview,
  uniqueOrganisation,
} from "@/tests/e2e/support/scan-helpers";

// Results read at a glance (issue 18, section 2): a self-scan's and a closed team round's results open with one
// summary screen — level and score, the radar, the three next steps, and for a round the largest perception gap
// and the consensus per domain — then jump links to the sections, the long ones closed until asked for (and
// open in print). At 375 × 740 the first next step is within three screens of the top. Each tab has a title of
// its own. Screenshots at 375 and 1280 px, in Dutch and English, land in .test-output/screens/summary-*.png.

const quick = readQuestionnaire("quick");
const SHOTS = ".test-output/screens";
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const LOCALES: Locale[] = ["nl", "en"];
const low = (item: { reverse?: boolean }) => (item.reverse ? 4 : 2) as AnswerChoice;
const high = (item: { reverse?: boolean }) => (item.reverse ? 1 : 5) as AnswerChoice;

test.describe.configure({ mode: "serial" });

const made = { scan: "", scanOrganisation: "", round: "", roundOrganisation: "" };

/** A quick self-scan answered 2 everywhere (so the consultant gets a flag), submitted; its results path. */
async function makeSelfScan(browser: Browser, testInfo: TestInfo) {
  const context = await newContext(browser, "nl", testInfo);
  const page = await context.newPage();
  const { token, organisation } = await startScan(page, "nl", "quick", { organisation: uniqueOrganisation() });
  for (const [index, domain] of quick.domains.entries()) {
    await page.goto(`/scan/${token}/${index + 1}`);
    await answerItems(page, itemsOfDomain(quick, domain.id), () => 2);
  }
  await page.goto(`/scan/${token}/review`);
  await submitReview(page, "nl");
  made.scan = new URL(page.url()).pathname;
  made.scanOrganisation = organisation;
  await context.close();
}

/** A round of six in two teams (employees in Zorg low, managers in Balie high), closed; its results path. */
async function makeRound(browser: Browser, testInfo: TestInfo) {
  const organiser = await newContext(browser, "nl", testInfo);
  const page = await organiser.newPage();
  await page.goto("/rounds/new");
  made.roundOrganisation = uniqueOrganisation("E2E Ronde");
  await openRoundForm(page, "nl", { organisation: made.roundOrganisation, teams: ["Zorg", "Balie"], minGroupSize: 3 });
  const teamLink = await copyLinkValue(page, msg("nl", "round.organiser.teamLink"));
  const resultsLink = await copyLinkValue(page, msg("nl", "round.organiser.resultsLink"));
  const people = [
    ...Array.from({ length: 3 }, () => ({ role: "employee", team: "Zorg", choose: low })),
    ...Array.from({ length: 3 }, () => ({ role: "manager", team: "Balie", choose: high })),
  ];
  const contexts = [];
  for (const person of people) {
    const context = await newContext(browser, "nl", testInfo);
    contexts.push(context);
    const respondent = await context.newPage();
    const token = await startRoundResponse(respondent, "nl", teamLink, { role: person.role, team: person.team });
    await answerAndSubmitRound(respondent, "nl", token, quick, person.choose);
  }
  await page.reload();
  await page.getByRole("button", { name: exactly(msg("nl", "round.status.close")) }).click();
  await page.getByRole("button", { name: exactly(msg("nl", "round.status.confirmClose")) }).click();
  await expect(page.getByRole("button", { name: exactly(msg("nl", "round.status.close")) })).toHaveCount(0);
  made.round = new URL(resultsLink).pathname;
  await closeContexts([organiser, ...contexts]);
}

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(360_000);
  await makeSelfScan(browser, testInfo);
  await makeRound(browser, testInfo);
});

const title = (locale: Locale, key: string, values: Record<string, string>) =>
  `${msg(locale, `resultsSummary.pageTitle.${key}`, values)} · ${msg(locale, "common.appName")}`;

/** The first next step's heading starts within three viewport heights of the page's top. */
async function expectNextStepsNearTop(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const first = page.getByTestId("next-steps").getByRole("heading", { level: 3 }).first();
  await expect(first).toBeVisible();
  const top = await first.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  expect(top, "the first next step's heading, in px from the top").toBeLessThan(3 * PHONE.height);
}

/** Every jump link points at one element on the page and scrolls it into view. */
async function expectJumpLinks(page: Page, locale: Locale, expected: string[]) {
  const nav = page.getByRole("navigation", { name: msg(locale, "resultsSummary.onThisPage") });
  const links = nav.getByRole("link");
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
  for (const id of expected) expect(hrefs).toContain(`#${id}`);
  for (const [index, href] of hrefs.entries()) {
    const target = page.locator(href);
    await expect(target, href).toHaveCount(1);
    await links.nth(index).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(target, href).toBeInViewport();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A closed section opens from the keyboard (Enter on its summary), and prints open while closed. */
async function expectDisclosure(page: Page, testId: string) {
  const details = page.getByTestId(testId);
  await expect(details).toHaveCount(1);
  const content = details.locator(":scope > div");
  await expect(details).not.toHaveAttribute("open", "");
  await expect(content).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(content, `${testId} in print`).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await details.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(details).toHaveAttribute("open", "");
  await expect(content).toBeVisible();
}

/** No axe violation of any impact; `disableRules` only for a known one outside this page's summary, with a reason. */
async function expectNoAxeViolations(page: Page, disableRules: string[] = []) {
  const { violations } = await new AxeBuilder({ page }).disableRules(disableRules).analyze();
  expect(violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
    [],
  );
}

/** The first three screens at 375 px, as a phone scrolls them, and the whole page, as it opens. */
async function phoneScreenshots(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const top = { x: 0, y: 0, width: PHONE.width, height: 3 * PHONE.height };
  await page.screenshot({ path: `${SHOTS}/summary-${name}-375-top.png`, fullPage: true, clip: top });
  await page.screenshot({ path: `${SHOTS}/summary-${name}-375.png`, fullPage: true });
}

/** The whole page at 1280 px, reloaded so it opens as it would (closed parts closed). */
async function desktopScreenshot(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await page.reload();
  await expect(page.getByTestId("next-steps")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/summary-${name}-1280.png`, fullPage: true });
}

for (const locale of LOCALES) {
  test(`${locale}: a self-scan's results open with the summary, jump links and closed detail`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const context = await newContext(browser, locale, testInfo, { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(made.scan);
    await expect(page).toHaveTitle(title(locale, "scan", { organisation: made.scanOrganisation }));
    await expect(page.getByRole("region", { name: msg(locale, "results.overall") })).toBeVisible();
    await expect(page.getByTestId("next-steps").locator("ol > li")).toHaveCount(3);
    await expect(page.getByTestId("next-steps")).toContainText(msg(locale, "resultsSummary.firstStep"));
    await expectNextStepsNearTop(page);
    await phoneScreenshots(page, `scan-${locale}`);
    await expectJumpLinks(page, locale, ["per-domain", "action-plan", "answer-flags", "share"]);
    await expectDisclosure(page, "plan-rest-disclosure");
    await expectDisclosure(page, "answer-flags-disclosure");
    await expectNoAxeViolations(page);
    await desktopScreenshot(page, `scan-${locale}`);
    await context.close();
  });

  test(`${locale}: a team round's results open with the summary, findings before the plan`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const context = await newContext(browser, locale, testInfo, { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(made.round);
    await expect(page).toHaveTitle(title(locale, "round", { organisation: made.roundOrganisation }));
    await expect(page.getByTestId("next-steps").locator("ol > li")).toHaveCount(3);
    await expectNextStepsNearTop(page);
    await phoneScreenshots(page, `round-${locale}`);
    // The largest gap: managers against employees (and Balie against Zorg), far beyond its margin.
    const gap = page.getByTestId("largest-gap");
    await expect(gap).toContainText(msg(locale, "rounds.gaps.flagged"));
    await expect(gap.getByText(messagePattern(locale, "resultsSummary.gapBeyond", { margin: ANY }))).toBeVisible();
    // Consensus at a glance: a label for each domain (three low, three high: divided).
    const consensus = page.getByTestId("consensus-summary");
    await expect(consensus.getByRole("term")).toHaveCount(quick.domains.length);
    await expect(consensus.getByText(msg(locale, "rounds.consensus.divided"), { exact: true })).toHaveCount(
      quick.domains.length,
    );
    await expectJumpLinks(page, locale, [
      "round-per-domain",
      "round-gaps",
      "round-statements",
      "round-action-plan",
      "team-views",
    ]);
    // The round's own findings come before its plan.
    const order = await page.evaluate(() =>
      ["round-per-domain", "round-gaps", "round-statements", "round-action-plan"].map(
        (id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
      ),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The plan: the same three steps as the self-scan's, with first step, owner, this month and evidence.
    const next = page.getByTestId("plan-next").locator(":scope > ol > li");
    await expect(next).toHaveCount(3);
    for (const term of ["firstStep", "owner", "thisMonth", "evidence"])
      await expect(next.first()).toContainText(msg(locale, `measurement.plan.${term}`));
    await expectDisclosure(page, "statements-disclosure");
    await expectDisclosure(page, "plan-rest-disclosure");
    await expectNoAxeViolations(page);
    await desktopScreenshot(page, `round-${locale}`);

    // A team's own view has a title of its own too: the team and the organisation.
    await page.goto(`${made.round}/teams/1`);
    await expect(page).toHaveTitle(title(locale, "team", { team: "Zorg", organisation: made.roundOrganisation }));
    await context.close();
  });
}
