import { mkdirSync } from "node:fs";
import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  createClient,
  expectNoHorizontalScroll,
  msg,
  newContext,
  signUp,
  uniqueClientName,
  uniqueEmail,
} from "@/tests/e2e/support/consultant-helpers";
import { e2eMailEnabled, linkInMail, waitForMail } from "@/tests/e2e/support/mailbox";
import {
  answerAndSubmitRound,
  copyLinkValue,
  openRoundForm,
  startRoundResponse,
} from "@/tests/e2e/support/round-helpers";
import { type AnswerChoice, exactly, type Locale, readQuestionnaire } from "@/tests/e2e/support/scan-helpers";

// The organiser page of a team round (issue 18, section 3 and the response rate): the next step is the one filled
// button, a ready-to-send message for the team link, the way back to the client, the organiser link by mail for
// a round without an account, progress counted one way in at a time with its response rate, and a title per tab.

const quick = readQuestionnaire("quick");
const middle = (item: { reverse?: boolean }) => (item.reverse ? 2 : 4) as AnswerChoice;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const SHOTS = process.env.SHOTS_DIR;

async function contextFor(browser: Browser, locale: Locale, testInfo: TestInfo) {
  const context = await newContext(browser, locale, testInfo, {
    viewport: DESKTOP,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  return { context, page: await context.newPage() };
}

/** The filled buttons in the page's main part (a background colour of their own), by their names. */
async function filledButtons(page: Page): Promise<string[]> {
  return page.locator("main button, main a").evaluateAll((elements) =>
    elements
      .filter((element) => {
        const background = getComputedStyle(element).backgroundColor;
        return background !== "rgba(0, 0, 0, 0)" && background !== "rgb(255, 255, 255)" && element.checkVisibility();
      })
      .map((element) => (element.textContent ?? "").trim()),
  );
}

/** A count in one block of the organiser's progress. */
async function count(page: Page, locale: Locale, block: "personal" | "team", key: string): Promise<string> {
  const term = page
    .getByTestId(`progress-${block}`)
    .getByRole("term")
    .filter({ hasText: exactly(msg(locale, `round.progress.${key}`)) });
  return ((await term.locator("xpath=following-sibling::dd[1]").textContent()) ?? "").trim();
}

/** axe and no sideways scrolling at 1280 and 375 px, with a screenshot of each when SHOTS_DIR is set. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalScroll(page, `${name} at ${viewport.width}px`);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${name}-${viewport.width}.png`, fullPage: true });
    }
  }
  await page.setViewportSize(DESKTOP);
}

for (const locale of ["nl", "en"] as const) {
  test(`${locale}: a round without an account: share first, a message to send, the link by mail, progress`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const { context, page } = await contextFor(browser, locale, testInfo);
    await page.goto("/rounds/new");
    const organisation = uniqueClientName(locale === "nl" ? "Bakkerij" : "Bakery");
    const token = await openRoundForm(page, locale, { organisation, expected: 4, minGroupSize: 3 });

    // Its own title, never indexed.
    await expect(page).toHaveTitle(`${msg(locale, "round.organiser.metaTitle", { organisation })} · Klantkompas`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    // The one filled button is the next step: copying the team link (closing is outlined).
    expect(await filledButtons(page)).toEqual([msg(locale, "round.organiser.copyTeamLink")]);
    await expect(page.getByRole("button", { name: exactly(msg(locale, "round.status.close")) })).toBeVisible();
    const teamLink = await copyLinkValue(page, msg(locale, "round.organiser.teamLink"));
    await page.getByRole("button", { name: exactly(msg(locale, "round.organiser.copyTeamLink")) }).click();
    await expect(page.getByRole("button", { name: exactly(msg(locale, "common.copied")) }).first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(teamLink);

    // A ready-to-send message in the round's language: the link, what it is, how long, anonymous, the minimum.
    const message = page.getByRole("textbox", { name: exactly(msg(locale, "round.teamMessage.title")) });
    const text = await message.inputValue();
    expect(text).toContain(teamLink);
    expect(text).toContain(msg(locale, "round.teamMessage.intro", { organisation, minutes: quick.estimatedMinutes }));
    expect(text).toContain(msg(locale, "round.teamMessage.anonymous", { min: 3 }));
    await message
      .locator("..")
      .getByRole("button", { name: exactly(msg(locale, "common.copy")) })
      .click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // No client: the keep-link text as it was, no way back to a client.
    await expect(page.getByTestId("keep-link-text")).toHaveText(msg(locale, "round.organiser.keepText"));
    await expect(page.getByRole("navigation", { name: msg(locale, "round.organiser.breadcrumb") })).toHaveCount(0);

    // Progress: the team link only (no personal links), against the expected four.
    await expect(page.getByTestId("progress-personal")).toHaveCount(0);
    expect(await count(page, locale, "team", "joined")).toBe("0");
    expect(await count(page, locale, "team", "expected")).toBe("4");
    await expect(page.getByTestId("progress-team").getByTestId("response-rate")).toHaveText(
      msg(locale, "round.rate.expected", { percent: 0, submitted: 0, invited: 4 }),
    );

    // The organiser link by mail: a bad address is refused by name, a good one gets the link.
    if (e2eMailEnabled()) {
      const field = page.getByRole("textbox", { name: exactly(msg(locale, "mail.organiserLink.form.label")) });
      await field.fill("kapot@");
      await page.getByRole("button", { name: exactly(msg(locale, "mail.organiserLink.form.submit")) }).click();
      await expect(page.getByText(msg(locale, "mail.organiserLink.form.invalid"))).toBeVisible();
      await expect(field).toHaveAttribute("aria-invalid", "true");
      const to = uniqueEmail("organisator");
      await field.fill(to);
      await page.getByRole("button", { name: exactly(msg(locale, "mail.organiserLink.form.submit")) }).click();
      await expect(page.getByText(msg(locale, "mail.organiserLink.form.sent", { to }))).toBeVisible();
      const [mail] = await waitForMail(to);
      if (!mail) throw new Error("no mail");
      expect(mail.subject).toBe(msg(locale, "mail.organiserLink.subject", { organisation }));
      const link = linkInMail(mail, "/rounds/");
      expect(link).toMatch(new RegExp(`/rounds/${token}$`));
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        msg(locale, "round.organiser.title", { organisation }),
      );
    }
    await checkBothWidths(page, `organiser-new-${locale}`);

    // One respondent through the team link: joined and submitted one, a quarter of the expected four.
    const respondent = await contextFor(browser, locale, testInfo);
    const response = await startRoundResponse(respondent.page, locale, teamLink, { role: "employee" });
    await answerAndSubmitRound(respondent.page, locale, response, quick, middle);
    await page.reload();
    expect(await count(page, locale, "team", "joined")).toBe("1");
    expect(await count(page, locale, "team", "submitted")).toBe("1");
    await expect(page.getByTestId("progress-total").getByRole("definition")).toHaveText("1");
    await expect(page.getByTestId("progress-team").getByTestId("response-rate")).toHaveText(
      msg(locale, "round.rate.expected", { percent: 25, submitted: 1, invited: 4 }),
    );
    await Promise.all([context.close(), respondent.context.close()]);
  });
}

test("nl: a consultant's client round: back to the client, no scare about the link, the rate after close", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const locale: Locale = "nl";
  const { context, page } = await contextFor(browser, locale, testInfo);
  await signUp(page, locale);
  const clientName = uniqueClientName("E2E Organisator");
  const clientId = await createClient(page, locale, { name: clientName, sector: "healthcare", sizeBand: "250-999" });
  await openRoundForm(page, locale, { minGroupSize: 3, expected: 4 });
  const organiserUrl = page.url().replace(/\?new=1$/, "");

  // The way back to the client, and where to find this round again instead of "cannot be recovered".
  const back = page
    .getByRole("navigation", { name: msg(locale, "round.organiser.breadcrumb") })
    .getByRole("link", { name: msg(locale, "round.organiser.backToClient", { client: clientName }) });
  await expect(back).toHaveAttribute("href", `/clients/${clientId}`);
  await expect(page.getByTestId("keep-link-text")).toHaveText(
    msg(locale, "round.organiser.keepTextClient", { client: clientName }),
  );
  await expect(page.getByText(msg(locale, "round.organiser.keepText"))).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: msg(locale, "round.organiser.clientPage", { client: clientName }) }),
  ).toBeVisible();
  // Its link is on the client page: nothing to mail.
  await expect(page.getByRole("button", { name: exactly(msg(locale, "mail.organiserLink.form.submit")) })).toHaveCount(
    0,
  );
  expect(await filledButtons(page)).toEqual([msg(locale, "round.organiser.copyTeamLink")]);
  const teamLink = await copyLinkValue(page, msg(locale, "round.organiser.teamLink"));
  const resultsLink = await copyLinkValue(page, msg(locale, "round.organiser.resultsLink"));

  // Before close the results page shows no rate (nor anything else about who answered).
  const reader = await contextFor(browser, locale, testInfo);
  await reader.page.goto(resultsLink);
  await expect(reader.page.getByTestId("response-rate-section")).toHaveCount(0);

  // Three of the expected four answer through the team link.
  const people = await Promise.all([0, 1, 2].map(() => contextFor(browser, locale, testInfo)));
  for (const person of people) {
    const response = await startRoundResponse(person.page, locale, teamLink, { role: "employee" });
    await answerAndSubmitRound(person.page, locale, response, quick, middle);
  }
  await page.goto(organiserUrl);
  await expect(page.getByTestId("progress-team").getByTestId("response-rate")).toHaveText(
    msg(locale, "round.rate.expected", { percent: 75, submitted: 3, invited: 4 }),
  );
  await checkBothWidths(page, "organiser-client-nl");

  await page.getByRole("button", { name: exactly(msg(locale, "round.status.close")) }).click();
  await page.getByRole("button", { name: exactly(msg(locale, "round.status.confirmClose")) }).click();
  await expect(page.getByText(msg(locale, "round.organiser.closedText", { counted: 3, unfinished: 0 }))).toBeVisible();

  // Once closed and shown: the rate on the results page, counts only, never per group.
  await reader.page.goto(resultsLink);
  const section = reader.page.getByTestId("response-rate-section");
  await expect(section.getByTestId("response-rate")).toHaveText(
    msg(locale, "round.rate.expected", { percent: 75, submitted: 3, invited: 4 }),
  );
  await expect(section).toContainText(msg(locale, "round.rate.perGroupNote"));
  await section.scrollIntoViewIfNeeded();
  await checkBothWidths(reader.page, "results-rate-nl");
  await Promise.all([context.close(), reader.context.close(), ...people.map((person) => person.context.close())]);
});
