import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import { expectNoHorizontalScroll, msg, newContext, uniqueEmail } from "@/tests/e2e/support/consultant-helpers";
import {
  answerAndSubmitRound,
  copyLinkValue,
  openRoundForm,
  startRoundResponse,
} from "@/tests/e2e/support/round-helpers";
import { type AnswerChoice, exactly, type Locale, readQuestionnaire } from "@/tests/e2e/support/scan-helpers";

// Issue 14 in the browser: small groups merged rather than lost ("board and managers" against employees), the
// organiser's pre-close preview, and a "don't know"-everywhere respondent in a round of 3 leaving no statement
// bars. Screenshots of the preview and the results at 375 and 1280 px, in Dutch and English, land in
// .test-output/screens/anonymity-*.png.

const quick = readQuestionnaire("quick");
const SHOTS = ".test-output/screens";
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
const high = (item: { reverse?: boolean }) => (item.reverse ? 1 : 5) as AnswerChoice;
const middle = (item: { reverse?: boolean }) => (item.reverse ? 2 : 4) as AnswerChoice;
const low = (item: { reverse?: boolean }) => (item.reverse ? 4 : 2) as AnswerChoice;

/** "Board or director and Manager", as the page joins merged groups (the language's list format). */
const joined = (locale: Locale, names: string[]) =>
  new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);

async function contextFor(browser: Browser, locale: Locale, testInfo: TestInfo) {
  const context = await newContext(browser, locale, testInfo, { viewport: DESKTOP });
  return { context, page: await context.newPage() };
}

/** One respondent in a browser of their own: join with a role, answer everything, submit. */
async function respond(
  browser: Browser,
  testInfo: TestInfo,
  teamLink: string,
  role: string,
  choose: (item: { reverse?: boolean }) => AnswerChoice,
  locale: Locale = "nl",
) {
  // The team link carries the round's language.
  const { context, page } = await contextFor(browser, locale, testInfo);
  const token = await startRoundResponse(page, locale, teamLink, { role });
  await answerAndSubmitRound(page, locale, token, quick, choose);
  await context.close();
}

/** Full-page screenshots at 375 and 1280 px (no sideways scrolling on the phone), and axe at 1280. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await page.reload();
  await expectNoHorizontalScroll(page, `${name} at 375 px`);
  await page.screenshot({ path: `${SHOTS}/anonymity-${name}-375.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.reload();
  await page.screenshot({ path: `${SHOTS}/anonymity-${name}-1280.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
}

test("1 board member, 3 managers, 3 employees: the preview, then board and managers against employees", async ({
  browser,
}, testInfo) => {
  test.setTimeout(420_000);
  const organiser = await contextFor(browser, "nl", testInfo);
  const page = organiser.page;
  await page.goto("/rounds/new");
  await openRoundForm(page, "nl", { organisation: "Kleine Groepen BV", minGroupSize: 3 });
  const organiserUrl = page.url().replace(/\?new=1$/, "");
  const teamLink = await copyLinkValue(page, msg("nl", "round.organiser.teamLink"));
  const resultsLink = await copyLinkValue(page, msg("nl", "round.organiser.resultsLink"));

  await respond(browser, testInfo, teamLink, "board", high);
  for (let i = 0; i < 3; i += 1) await respond(browser, testInfo, teamLink, "manager", middle);
  for (let i = 0; i < 3; i += 1) await respond(browser, testInfo, teamLink, "employee", low);

  // Before closing, in both languages: board and manager merged, employee shown — and no count of anyone.
  const english = await contextFor(browser, "en", testInfo);
  for (const [locale, view] of [
    ["nl", page],
    ["en", english.page],
  ] as const) {
    await view.goto(organiserUrl);
    const preview = view.getByTestId("group-preview");
    await expect(preview.getByRole("heading", { name: msg(locale, "rounds.preview.title") })).toBeVisible();
    const merged = msg(locale, "rounds.preview.mergedInto", {
      group: joined(locale, [msg(locale, "roles.board"), msg(locale, "roles.manager")]),
    });
    await expect(preview.getByText(merged, { exact: true })).toHaveCount(2);
    await expect(preview.getByText(msg(locale, "rounds.preview.shown"), { exact: true })).toHaveCount(1);
    await expect(preview.getByText(msg(locale, "rounds.preview.hidden"), { exact: true })).toHaveCount(0);
    expect(await preview.locator("li").allTextContents()).not.toContainEqual(expect.stringMatching(/\d/));
    await preview.scrollIntoViewIfNeeded();
    await shoot(view, `preview-${locale}`);
  }

  await page.goto(organiserUrl);
  await page.getByRole("button", { name: exactly(msg("nl", "round.status.close")) }).click();
  await page.getByRole("button", { name: exactly(msg("nl", "round.status.confirmClose")) }).click();
  await expect(page.getByTestId("group-preview")).toHaveCount(0);

  for (const [locale, view] of [
    ["nl", page],
    ["en", english.page],
  ] as const) {
    await view.goto(resultsLink);
    const gaps = view.getByRole("region", {
      name: msg(locale, "rounds.gaps.tableCaption", { breakdown: msg(locale, "rounds.gaps.byRole") }),
    });
    const boardAndManagers = joined(locale, [msg(locale, "roles.board"), msg(locale, "roles.manager")]);
    await expect(gaps.getByRole("columnheader", { name: boardAndManagers, exact: true })).toBeVisible();
    await expect(gaps.getByRole("columnheader", { name: msg(locale, "roles.employee"), exact: true })).toBeVisible();
    await expect(gaps.getByRole("columnheader", { name: msg(locale, "roles.board"), exact: true })).toHaveCount(0);
    await expect(view.getByRole("heading", { name: msg(locale, "rounds.gaps.hiddenTitle") })).toHaveCount(0);
    // Seven scale answers per statement for the round: its bars are shown (the groups' 4 and 3 are not).
    await expect(view.getByTestId("distribution-bar")).toHaveCount(quick.items.length);
    // Seven respondents: no lowest or highest score anywhere on the page.
    await expect(view.locator("main")).not.toContainText(locale === "nl" ? "Laagste" : "Lowest");
    await shoot(view, `results-${locale}`);
  }
  await Promise.all([organiser.context.close(), english.context.close()]);
});

test("a don't-know-everywhere respondent in a round of 3 leaves no statement bars", async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const organiser = await contextFor(browser, "en", testInfo);
  const page = organiser.page;
  await page.goto("/rounds/new");
  await openRoundForm(page, "en", { organisation: "Drie Mensen BV", minGroupSize: 3 });
  const teamLink = await copyLinkValue(page, msg("en", "round.organiser.teamLink"));
  const resultsLink = await copyLinkValue(page, msg("en", "round.organiser.resultsLink"));
  await respond(browser, testInfo, teamLink, "employee", () => 5, "en");
  await respond(browser, testInfo, teamLink, "employee", () => 1, "en");
  await respond(browser, testInfo, teamLink, "employee", () => "dk", "en");
  await page.getByRole("button", { name: exactly(msg("en", "round.status.close")) }).click();
  await page.getByRole("button", { name: exactly(msg("en", "round.status.confirmClose")) }).click();
  await page.goto(resultsLink);
  await expect(page.getByRole("heading", { name: msg("en", "rounds.statements.title") })).toBeVisible();
  await expect(page.getByTestId("distribution-bar")).toHaveCount(0);
  await expect(page.getByText(msg("en", "rounds.statements.tooFew"), { exact: true })).toHaveCount(quick.items.length);
  // Nor in the data the page sends along: no answer count of any statement in the flight payload.
  const html = await (await page.request.get(resultsLink)).text();
  expect(html).not.toMatch(/\\?"dontKnow\\?":\s*1/);
  expect(html).not.toMatch(/\\?"count\\?":\s*1/);
  await expectNoSeriousA11yViolations(page);
  await organiser.context.close();
});

test("with personal links in use, the preview and the team-view links stay closed", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const { context, page } = await contextFor(browser, "en", testInfo);
  await page.goto("/rounds/new");
  await openRoundForm(page, "en", { organisation: "Persoonlijke Links BV", minGroupSize: 3, teams: ["Sales"] });
  const organiserUrl = page.url().replace(/\?new=1$/, "");
  const teamLink = await copyLinkValue(page, msg("en", "round.organiser.teamLink"));
  for (let i = 0; i < 3; i += 1) {
    const respondent = await contextFor(browser, "en", testInfo);
    const token = await startRoundResponse(respondent.page, "en", teamLink, { role: "employee", team: "Sales" });
    await answerAndSubmitRound(respondent.page, "en", token, quick, middle);
    await respondent.context.close();
  }
  // Without personal links the organiser sees the preview's states and the Sales view.
  await page.goto(organiserUrl);
  const teamViews = page.getByRole("heading", { name: msg("en", "round.organiser.teamViews") });
  await expect(page.getByTestId("group-preview").locator("li").first()).toBeVisible();
  await expect(teamViews).toBeVisible();

  const people = [uniqueEmail("preview-ann"), uniqueEmail("preview-bob")];
  await page.getByRole("textbox", { name: exactly(msg("en", "round.links.label")) }).fill(people.join("\n"));
  await page.getByRole("button", { name: exactly(msg("en", "round.links.submit")) }).click();
  await expect(page.getByText(msg("en", "mail.links.added", { count: 2, mailed: 2 }))).toBeVisible();

  // A group that turned from hidden to shown right after Ann submitted would say which group Ann chose.
  await page.goto(organiserUrl);
  await expect(page.getByTestId("group-preview-closed")).toHaveText(
    msg("en", "rounds.preview.withPersonalLinks", { min: 3 }),
  );
  await expect(page.getByTestId("group-preview").locator("li")).toHaveCount(0);
  await expect(teamViews).toHaveCount(0);
  await context.close();
});
