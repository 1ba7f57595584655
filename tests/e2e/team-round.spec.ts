import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  ANY,
  createClient,
  expectNoHorizontalScroll,
  messagePattern,
  msg,
  newContext,
  signUp,
  uniqueClientName,
} from "@/tests/e2e/support/consultant-helpers";
import {
  answerAndSubmitRound,
  closeContexts,
  copyLinkValue,
  openRoundForm,
  startRoundResponse,
} from "@/tests/e2e/support/round-helpers";
import {
  type AnswerChoice,
  answerRadio,
  exactly,
  type Locale,
  readQuestionnaire,
  waitForSaved,
} from "@/tests/e2e/support/scan-helpers";

// A team answers one round from their own browsers: a consultant opens it for a client, six people answer
// (three employees and two board members through the team link, one employee through a personal link), the
// organiser watches the progress, closes the round and reads the aggregate without anyone's own answers.

const quick = readQuestionnaire("quick");
const points = [1, 2, 3, 4, 5] as const;
const employee = (item: { reverse?: boolean }) => (item.reverse ? 4 : 2) as AnswerChoice;
const board = (item: { reverse?: boolean }) => (item.reverse ? 1 : 5) as AnswerChoice;

async function contextFor(browser: Browser, locale: Locale, testInfo: TestInfo) {
  const context = await newContext(browser, locale, testInfo);
  return { context, page: await context.newPage() };
}

/** A count in the organiser's progress, in one way in's block (personal links, team link) or the total. */
async function progressValue(
  page: Page,
  locale: Locale,
  block: "personal" | "team",
  key: "invited" | "joined" | "started" | "submitted",
): Promise<string> {
  const term = page
    .getByTestId(`progress-${block}`)
    .getByRole("term")
    .filter({ hasText: exactly(msg(locale, `round.progress.${key}`)) });
  return ((await term.locator("xpath=following-sibling::dd[1]").textContent()) ?? "").trim();
}

/** Everything submitted, both ways in. */
async function totalSubmitted(page: Page): Promise<string> {
  return ((await page.getByTestId("progress-total").getByRole("definition").textContent()) ?? "").trim();
}

test("a consultant's team round: six browsers answer, the organiser follows and closes, nobody's answers show", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const locale: Locale = "nl";
  const consultant = await contextFor(browser, locale, testInfo);
  const page = consultant.page;
  await signUp(page, locale);
  const clientName = uniqueClientName("E2E Team");
  await createClient(page, locale, { name: clientName, sector: "healthcare", sizeBand: "250-999" });
  // The round form is open on a client's page until the client has a round.
  await expect(page.getByText(msg(locale, "round.client.open"), { exact: true })).toBeVisible();
  await openRoundForm(page, locale, { teams: ["Zorg", "Balie"], minGroupSize: 3 });
  const organiserUrl = page.url();
  const teamLink = await copyLinkValue(page, msg(locale, "round.organiser.teamLink"));
  const resultsLink = await copyLinkValue(page, msg(locale, "round.organiser.resultsLink"));

  await page.getByRole("textbox", { name: exactly(msg(locale, "round.links.label")) }).fill("jan@example.nl");
  await page.getByRole("button", { name: exactly(msg(locale, "round.links.submit")) }).click();
  const personalLink = ((await page.locator("td", { hasText: "/invite/" }).first().textContent()) ?? "").trim();
  expect(await progressValue(page, locale, "personal", "invited")).toBe("1");

  const people = await Promise.all(Array.from({ length: 6 }, () => contextFor(browser, locale, testInfo)));
  const [e1, e2, e3, b1, b2, p1] = people;
  if (!e1 || !e2 || !e3 || !b1 || !b2 || !p1) throw new Error("six contexts");

  // A respondent reads one name throughout ("Teamscan voor …"), an introduction written for a round (not the
  // quick scan's advice to do the full scan), the number of others for a group of three (3 − 1), and a title
  // per tab that carries nothing of theirs.
  const tabTitle = (key: string, values = {}) => `${msg(locale, key, values)} · ${msg(locale, "common.appName")}`;
  const teamTitle = messagePattern(locale, "scan.teamTitle", { organisation: ANY });
  await e1.page.goto(teamLink);
  await expect(e1.page.getByRole("heading", { level: 1 })).toHaveText(teamTitle);
  await expect(e1.page).toHaveTitle(tabTitle("scan.titles.join"));
  await expect(e1.page.getByText(/volledige scan/i)).toHaveCount(0);

  // Two people on the same team link: each gets a response of their own, and never sees the other's answers.
  const t1 = await startRoundResponse(e1.page, locale, teamLink, { role: "employee", team: "Zorg" });
  await expect(e1.page.getByRole("heading", { level: 1 })).toHaveText(teamTitle);
  await expect(e1.page).toHaveTitle(tabTitle("scan.titles.team"));
  await expect(e1.page.getByText(/volledige scan/i)).toHaveCount(0);
  expect(msg(locale, "scan.roundNote", { others: 2 })).toContain("minstens 2 andere respondenten");
  await expect(e1.page.getByText(msg(locale, "scan.roundNote", { others: 2 }))).toBeVisible();
  const t2 = await startRoundResponse(e2.page, locale, teamLink, { role: "employee", team: "Zorg" });
  expect(t1).not.toBe(t2);
  const firstItem = quick.items[0];
  if (!firstItem) throw new Error("no items");
  await e1.page.goto(`/scan/${t1}/1`);
  await expect(e1.page).toHaveTitle(tabTitle("scan.titles.step", { step: 1, steps: quick.domains.length }));
  await answerRadio(e1.page, firstItem.id, 5).check();
  await waitForSaved(e1.page);
  await e2.page.goto(`/scan/${t2}/1`);
  for (const value of points) await expect(answerRadio(e2.page, firstItem.id, value)).not.toBeChecked();

  await page.goto(organiserUrl);
  expect(await progressValue(page, locale, "team", "started")).toBe("1");
  expect(await progressValue(page, locale, "team", "joined")).toBe("2");

  await answerAndSubmitRound(e1.page, locale, t1, quick, employee);
  await answerAndSubmitRound(e2.page, locale, t2, quick, employee);
  const t3 = await startRoundResponse(e3.page, locale, teamLink, { role: "employee", team: "Balie" });
  await answerAndSubmitRound(e3.page, locale, t3, quick, employee);
  const tb1 = await startRoundResponse(b1.page, locale, teamLink, { role: "board" });
  await answerAndSubmitRound(b1.page, locale, tb1, quick, board);
  const tp = await startRoundResponse(p1.page, locale, personalLink, { role: "employee", team: "Balie" });
  await answerAndSubmitRound(p1.page, locale, tp, quick, employee);
  // The second board member starts but does not finish before the round closes.
  const tb2 = await startRoundResponse(b2.page, locale, teamLink, { role: "board" });
  await b2.page.goto(`/scan/${tb2}/1`);
  await answerRadio(b2.page, firstItem.id, 5).check();
  await waitForSaved(b2.page);

  await page.goto(organiserUrl);
  expect(await totalSubmitted(page)).toBe("5");
  // One thing at a time: the personal link's submission apart from the team link's four.
  expect(await progressValue(page, locale, "personal", "submitted")).toBe("1");
  expect(await progressValue(page, locale, "team", "submitted")).toBe("4");
  await expect(page.getByRole("cell", { name: msg(locale, "round.links.states.submitted") })).toBeVisible();

  await page.getByRole("button", { name: exactly(msg(locale, "round.status.close")) }).click();
  await page.getByRole("button", { name: exactly(msg(locale, "round.status.confirmClose")) }).click();
  await expect(page.getByText(msg(locale, "round.organiser.closedText", { counted: 5, unfinished: 1 }))).toBeVisible();

  // After closing: the unfinished response and the team link say so, and store nothing.
  await b2.page.goto(`/scan/${tb2}/2`);
  await expect(b2.page.getByRole("heading", { name: msg(locale, "round.closed.title") })).toBeVisible();
  await b2.page.goto(teamLink);
  await expect(b2.page.getByRole("heading", { name: msg(locale, "round.closed.title") })).toBeVisible();

  // The results: the aggregate of five, the board (one submitted) hidden as too few.
  await page.goto(resultsLink);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(clientName);
  await expect(page.getByText(msg(locale, "rounds.results.responses", { count: 5 }))).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: msg(locale, "rounds.results.perDomain") })).toBeVisible();
  const labels = ["agreement", "mixed", "divided"].map((key) => msg(locale, `rounds.consensus.${key}`));
  await expect(page.getByText(new RegExp(`^(${labels.join("|")})$`)).first()).toBeVisible();
  // One board member submitted: the board is hidden as too few (and employees with it, so 5 − 4 reveals nobody).
  await expect(page.getByRole("heading", { name: msg(locale, "rounds.gaps.hiddenTitle") }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: msg(locale, "rounds.gaps.flaggedTitle") })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: msg(locale, "rounds.statements.title") })).toBeVisible();
  // The statements are closed until asked for.
  const statements = page.getByTestId("statements-disclosure");
  await expect(page.getByRole("radio", { name: msg(locale, "rounds.statements.orderDivided") })).toBeHidden();
  await statements.locator("summary").click();
  await expect(page.getByRole("radio", { name: msg(locale, "rounds.statements.orderDivided") })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("jan@example.nl");
  // The team view: Zorg has two responses, below the minimum (and merging it with Balie would leave one group
  // for everybody), so it gets no link; its page, opened by hand, has no numbers.
  await expect(page.getByRole("link", { name: "Zorg", exact: true })).toHaveCount(0);
  await page.goto(`${resultsLink}/teams/1`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Zorg");
  await expect(page.getByText(msg(locale, "rounds.team.teamTooFew", { team: "Zorg", min: 3 }))).toBeVisible();

  await closeContexts([consultant.context, ...people.map((p) => p.context)]);
});

test("a manager without an account opens a round from the landing page and reads its results", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  for (const locale of ["en"] as const) {
    const organiser = await contextFor(browser, locale, testInfo);
    const page = organiser.page;
    await page.goto("/");
    await page.getByRole("link", { name: msg(locale, "landing.team.start") }).click();
    await expect(page.getByRole("heading", { level: 1, name: msg(locale, "round.new.title") })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Bad input stores nothing and says why.
    await page.getByRole("spinbutton", { name: exactly(msg(locale, "round.form.minGroupSize")) }).fill("2");
    await page.getByRole("button", { name: exactly(msg(locale, "round.form.submit")) }).click();
    await expect(page.getByText(msg(locale, "round.errors.minGroupSize"))).toBeVisible();
    // This round asks about each respondent's own team: the scan pages word the scale for a team.
    await openRoundForm(page, locale, { organisation: "Sunrise Care", minGroupSize: 3, scope: "team" });
    await expect(page.getByRole("heading", { name: msg(locale, "round.organiser.keepTitle") })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const organiserUrl = page.url();
    const teamLink = await copyLinkValue(page, msg(locale, "round.organiser.teamLink"));

    const respondents = await Promise.all(Array.from({ length: 3 }, () => contextFor(browser, locale, testInfo)));
    for (const r of respondents) {
      const token = await startRoundResponse(r.page, locale, teamLink, { role: "employee" });
      await answerAndSubmitRound(r.page, locale, token, quick, employee);
    }
    // The organiser answers too, like anyone else.
    const own = await startRoundResponse(page, locale, teamLink, { role: "manager" });
    const teamWording = quick.scopes?.team;
    if (teamWording) {
      await expect(page.getByText(teamWording.instruction[locale], { exact: true })).toBeVisible();
      await page.goto(`/scan/${own}/1`);
      await expect(page.getByText(teamWording.instruction[locale], { exact: true })).toBeVisible();
      const topLabel = teamWording.points.at(-1)?.[locale] ?? "";
      await expect(page.getByRole("radio", { name: topLabel, exact: true }).first()).toBeVisible();
    }
    await answerAndSubmitRound(page, locale, own, quick, board);

    await page.goto(organiserUrl);
    await page.getByRole("button", { name: exactly(msg(locale, "round.status.close")) }).click();
    await page.getByRole("button", { name: exactly(msg(locale, "round.status.confirmClose")) }).click();
    await page.getByRole("link", { name: msg(locale, "round.organiser.viewResults") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sunrise Care");
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    // As a phone opens it (the chart measures its box when it mounts).
    await page.reload();
    await expectNoHorizontalScroll(page, "round results at 375 px");
    await closeContexts([organiser.context, ...respondents.map((r) => r.context)]);
  }
});
