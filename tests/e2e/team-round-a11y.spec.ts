import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  createClient,
  expectNoHorizontalScroll,
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

// Every team-round page, in Dutch and English: no serious or critical axe violations at 1280 px, and no
// sideways scrolling on a 375 px phone. Everything is made through the UI: a manager without an account opens
// a round, adds personal links, three people answer, one leaves a draft, the organiser closes the round
// with the keyboard, and the results and a team's view are read. The consultant's client page is seen with
// the round form open (no round yet) and with a round listed.

const quick = readQuestionnaire("quick");
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
const middle = (item: { reverse?: boolean }) => (item.reverse ? 2 : 4) as AnswerChoice;

/** Both checks on the page as it is: sideways scrolling at 375 px, then axe at 1280 px. */
async function check(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  // Charts follow their box a frame after a resize: wait for the layout to settle before measuring.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 3_000 })
    .toBeLessThanOrEqual(PHONE.width + 1)
    .catch(() => undefined);
  await expectNoHorizontalScroll(page, name);
  await page.setViewportSize(DESKTOP);
  await expectNoSeriousA11yViolations(page);
}

async function contextFor(browser: Browser, locale: Locale, testInfo: TestInfo) {
  const context = await newContext(browser, locale, testInfo, { viewport: DESKTOP });
  return { context, page: await context.newPage() };
}

for (const locale of ["nl", "en"] as const) {
  test.describe(`in ${locale === "nl" ? "Dutch" : "English"}`, () => {
    test("a round from opening to results: axe and 375 px on every page", async ({ browser }, testInfo) => {
      test.setTimeout(300_000);
      const organiser = await contextFor(browser, locale, testInfo);
      const page = organiser.page;

      await page.goto("/");
      await expect(page.getByRole("link", { name: msg(locale, "landing.team.start") })).toBeVisible();
      await check(page, "landing page with the team card");

      await page.getByRole("link", { name: msg(locale, "landing.team.start") }).click();
      await expect(page.getByRole("heading", { level: 1, name: msg(locale, "round.new.title") })).toBeVisible();
      await check(page, "new round");
      await page.getByRole("spinbutton", { name: exactly(msg(locale, "round.form.minGroupSize")) }).fill("2");
      await page.getByRole("button", { name: exactly(msg(locale, "round.form.submit")) }).click();
      await expect(page.getByText(msg(locale, "round.errors.minGroupSize"))).toBeVisible();
      await check(page, "new round with errors");

      const organisation = uniqueClientName(locale === "nl" ? "Zorggroep" : "Care group");
      await openRoundForm(page, locale, { organisation, teams: ["Zorg", "Balie en receptie"], minGroupSize: 3 });
      const organiserUrl = page.url().replace(/\?new=1$/, "");
      await expect(page.getByRole("heading", { name: msg(locale, "round.organiser.keepTitle") })).toBeVisible();
      await check(page, "organiser page, just opened");

      const teamLink = await copyLinkValue(page, msg(locale, "round.organiser.teamLink"));
      const resultsLink = await copyLinkValue(page, msg(locale, "round.organiser.resultsLink"));
      await page
        .getByRole("textbox", { name: exactly(msg(locale, "round.links.label")) })
        .fill("jan.de.vries@example.nl\nMarieke van den Berg-Oosterhuis (afdeling spoedeisende hulp)\npiet@example.nl");
      await page.getByRole("button", { name: exactly(msg(locale, "round.links.submit")) }).click();
      await expect(page.locator("td", { hasText: "/invite/" })).toHaveCount(3);
      const invite = ((await page.locator("td", { hasText: "/invite/" }).first().textContent()) ?? "").trim();
      await check(page, "organiser page with personal links");

      // Three people answer through the team link; a fourth claims a personal link and leaves a draft.
      const people = await Promise.all(Array.from({ length: 4 }, () => contextFor(browser, locale, testInfo)));
      const [first, ...others] = people;
      if (!first) throw new Error("four contexts");
      await first.page.goto(teamLink);
      await expect(first.page.getByRole("heading", { level: 1 })).toContainText(organisation);
      await check(first.page, "team link");
      for (const person of people.slice(0, 3)) {
        const token = await startRoundResponse(person.page, locale, teamLink, { role: "employee", team: "Zorg" });
        await answerAndSubmitRound(person.page, locale, token, quick, middle);
      }
      await check(first.page, "thank-you page");

      const last = others.at(-1);
      if (!last) throw new Error("four contexts");
      await last.page.goto(invite);
      await expect(last.page.getByRole("button", { name: exactly(msg(locale, "round.join.submit")) })).toBeVisible();
      await check(last.page, "personal link");
      const draft = await startRoundResponse(last.page, locale, invite, { role: "board", team: "Balie en receptie" });
      const firstItem = quick.items[0];
      if (!firstItem) throw new Error("no items");
      await last.page.goto(`/scan/${draft}/1`);
      await answerRadio(last.page, firstItem.id, 3).check();
      await waitForSaved(last.page);
      // The same personal link in another browser: already used.
      await first.page.goto(invite);
      await expect(first.page.getByText(msg(locale, "round.join.inviteUsed"))).toBeVisible();
      await check(first.page, "personal link, already used");

      // Closing with the keyboard only: the question takes focus, cancel returns to the button.
      await page.goto(organiserUrl);
      await check(page, "organiser page with progress");
      const close = page.getByRole("button", { name: exactly(msg(locale, "round.status.close")) });
      await close.focus();
      await page.keyboard.press("Enter");
      const question = page.getByText(msg(locale, "round.status.confirmText", { unfinished: 1 }));
      await expect(question).toBeFocused();
      await check(page, "organiser page, confirming the close");
      await question.focus();
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: exactly(msg(locale, "round.status.confirmClose")) })).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: exactly(msg(locale, "round.status.cancel")) })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(close).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(question).toBeFocused();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect(
        page.getByText(msg(locale, "round.organiser.closedText", { counted: 3, unfinished: 1 })),
      ).toBeVisible();
      await check(page, "organiser page, closed");

      await last.page.goto(`/scan/${draft}/1`);
      await expect(last.page.getByRole("heading", { name: msg(locale, "round.closed.title") })).toBeVisible();
      await check(last.page, "closed round, unfinished response");
      await last.page.goto(teamLink);
      await expect(last.page.getByRole("heading", { name: msg(locale, "round.closed.title") })).toBeVisible();
      await check(last.page, "closed round, team link");

      await page.goto(resultsLink);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(organisation);
      await expect(page.locator(".recharts-surface").first()).toBeVisible();
      await check(page, "round results");
      await page.getByRole("link", { name: "Zorg", exact: true }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Zorg");
      await expect(page.locator(".recharts-surface").first()).toBeVisible();
      await check(page, "team view");

      await closeContexts([organiser.context, ...people.map((person) => person.context)]);
    });

    test("the team rounds on a consultant's client page: axe and 375 px", async ({ browser }, testInfo) => {
      test.setTimeout(120_000);
      const consultant = await contextFor(browser, locale, testInfo);
      const page = consultant.page;
      await signUp(page, locale);
      const clientId = await createClient(page, locale, {
        name: uniqueClientName("E2E Teamronde"),
        sector: "healthcare",
        sizeBand: "250-999",
      });
      await expect(page.getByText(msg(locale, "round.client.open"), { exact: true })).toBeVisible();
      await check(page, "client page with the round form open");
      await openRoundForm(page, locale, { teams: ["Zorg"], minGroupSize: 3 });
      await check(page, "organiser page of a client's round");
      await page.goto(`/clients/${clientId}`);
      await expect(
        page.getByRole("region", { name: msg(locale, "round.client.title") }).getByRole("link", {
          name: msg(locale, "round.client.organiserPage"),
        }),
      ).toBeVisible();
      await check(page, "client page with a round");
      await consultant.context.close();
    });
  });
}
