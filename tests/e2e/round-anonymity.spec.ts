import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  expectNoHorizontalScroll,
  msg,
  newContext,
  uniqueClientName,
  uniqueEmail,
} from "@/tests/e2e/support/consultant-helpers";
import { e2eMailEnabled, linkInMail, waitForMail } from "@/tests/e2e/support/mailbox";
import {
  answerAndSubmitRound,
  closeContexts,
  copyLinkValue,
  ORGANISER_URL,
  openRoundForm,
  startRoundResponse,
} from "@/tests/e2e/support/round-helpers";
import { type AnswerChoice, exactly, type Locale, readQuestionnaire } from "@/tests/e2e/support/scan-helpers";
import { countRows, testDatabase } from "@/tests/e2e/support/test-database";

// Issue 14: the team link accepts at most the expected number of respondents (the next browser reads why),
// a minimum group of 3 needs a confirmed warning, and sealed invitations mail links that no page ever shows.
// axe on every changed page, no sideways scroll at 375 px, screenshots at 375 and 1280 px in nl and en.

const quick = readQuestionnaire("quick");
const middle = (item: { reverse?: boolean }) => (item.reverse ? 2 : 4) as AnswerChoice;
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

async function contextFor(browser: Browser, locale: Locale, testInfo: TestInfo) {
  const context = await newContext(browser, locale, testInfo, { viewport: DESKTOP });
  return { context, page: await context.newPage() };
}

/** axe, no sideways scroll at 375 px, and a full-page screenshot at 375 and 1280 px. */
async function lookAt(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await expectNoSeriousA11yViolations(page);
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    if (size === PHONE) await expectNoHorizontalScroll(page, name);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`), fullPage: true });
  }
}

for (const locale of ["nl", "en"] as const) {
  test(`${locale}: the team link takes the expected number of respondents, then tells the next browser why`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const organiser = await contextFor(browser, locale, testInfo);
    const page = organiser.page;
    await page.goto("/rounds/new");
    const organisation = uniqueClientName(locale === "nl" ? "Kleine ploeg" : "Small crew");
    const minGroup = page.getByRole("spinbutton", { name: exactly(msg(locale, "round.form.minGroupSize")) });
    await expect(minGroup).toHaveValue("5");

    // A minimum of 3 without the confirmation: a field error, nothing stored.
    await page.getByRole("textbox", { name: exactly(msg(locale, "start.organisation")) }).fill(organisation);
    await page.getByRole("radio", { name: exactly(msg(locale, "round.form.kindOption.quick")) }).check();
    await page.getByRole("spinbutton", { name: exactly(msg(locale, "anonymity.form.expected")) }).fill("2");
    await minGroup.fill("3");
    await expect(page.getByText(msg(locale, "anonymity.form.smallGroupWarning"))).toBeVisible();
    await lookAt(page, `${locale}-round-form`, testInfo);
    await page.getByRole("button", { name: exactly(msg(locale, "round.form.submit")) }).click();
    await expect(page.getByText(msg(locale, "anonymity.errors.confirmSmallGroups"))).toBeVisible();
    expect(await countRows('SELECT COUNT(*) AS count FROM "Scan" WHERE "organisationName" = ?', [organisation])).toBe(
      0,
    );
    await lookAt(page, `${locale}-round-form-refused`, testInfo);

    await openRoundForm(page, locale, { minGroupSize: 3, expected: 2 });
    await expect(page).toHaveURL(ORGANISER_URL);
    const teamLink = await copyLinkValue(page, msg(locale, "round.organiser.teamLink"));
    await expect(page.getByTestId("team-link-usage")).toHaveText(
      msg(locale, "anonymity.expected.usage", { joined: 0, expected: 2 }),
    );

    const people = await Promise.all([1, 2, 3].map(() => contextFor(browser, locale, testInfo)));
    const [first, second, third] = people;
    if (!first || !second || !third) throw new Error("three browsers");
    await first.page.goto(teamLink);
    await expect(first.page.getByTestId("round-mode")).toContainText(msg(locale, "anonymity.mode.title"));
    await lookAt(first.page, `${locale}-join-page`, testInfo);
    await startRoundResponse(first.page, locale, teamLink, { role: "employee" });
    await startRoundResponse(second.page, locale, teamLink, { role: "employee" });

    // The third browser: the page says the link is full and offers nothing to fill in.
    await third.page.goto(teamLink);
    await expect(third.page.getByRole("heading", { name: msg(locale, "anonymity.join.fullTitle") })).toBeVisible();
    await expect(third.page.getByRole("button", { name: exactly(msg(locale, "round.join.submit")) })).toHaveCount(0);
    await lookAt(third.page, `${locale}-join-full`, testInfo);
    expect(
      await countRows(
        'SELECT COUNT(*) AS count FROM "Response" r JOIN "Scan" s ON s."id" = r."scanId" WHERE s."organisationName" = ?',
        [organisation],
      ),
    ).toBe(2);

    await page.reload();
    await expect(page.getByTestId("team-link-usage")).toHaveText(
      msg(locale, "anonymity.expected.usage", { joined: 2, expected: 2 }),
    );
    await expect(page.getByText(msg(locale, "anonymity.expected.full"))).toBeVisible();
    await lookAt(page, `${locale}-organiser-page`, testInfo);
    await closeContexts([organiser.context, ...people.map((p) => p.context)]);
  });
}

test.describe("sealed invitations", () => {
  test.skip(!e2eMailEnabled(), "needs the SMTP sink of npm test (E2E_SMTP_URL)");

  for (const locale of ["nl", "en"] as const) {
    test(`${locale}: links are mailed, never shown; the invitee answers; the results name the mode`, async ({
      browser,
    }, testInfo) => {
      test.setTimeout(240_000);
      const organiser = await contextFor(browser, locale, testInfo);
      const page = organiser.page;
      await page.goto("/rounds/new");
      const organisation = uniqueClientName(locale === "nl" ? "Verzegeld" : "Sealed");
      await openRoundForm(page, locale, { organisation, sealed: true });
      const organiserUrl = page.url().replace(/\?new=1$/, "");
      await expect(page.getByTestId("sealed-no-team-link")).toBeVisible();
      await expect(page.getByRole("textbox", { name: exactly(msg(locale, "round.organiser.teamLink")) })).toHaveCount(
        0,
      );

      // Names are refused: every line must be an address, and every address is mailed.
      const list = page.getByRole("textbox", { name: exactly(msg(locale, "anonymity.sealed.label")) });
      await list.fill("Anna de Vries");
      await page.getByRole("button", { name: exactly(msg(locale, "round.links.submit")) }).click();
      await expect(page.getByText(msg(locale, "anonymity.errors.sealedNamesOnly"))).toBeVisible();
      const people = [uniqueEmail("zegel-een"), uniqueEmail("zegel-twee")];
      await list.fill(people.join("\n"));
      await page.getByRole("button", { name: exactly(msg(locale, "round.links.submit")) }).click();
      await expect(page.getByText(msg(locale, "mail.links.added", { count: 2, mailed: 2 }))).toBeVisible();
      const links = await Promise.all(
        people.map(async (to) => {
          const [mail] = await waitForMail(to);
          if (!mail) throw new Error("no invitation");
          return linkInMail(mail, "/invite/");
        }),
      );
      const tokens = links.map((link) => new URL(link).pathname.split("/").at(-1) ?? "");
      expect(tokens.every((token) => /^[A-Za-z0-9_-]{32}$/.test(token))).toBe(true);

      // The invitee list is shown; no link, in the page or its flight data, and no copy button for them.
      await page.reload();
      for (const person of people) await expect(page.getByRole("rowheader", { name: person })).toBeVisible();
      await expect(page.getByText(msg(locale, "anonymity.sealed.linkHidden")).first()).toBeVisible();
      const html = await (await page.request.get(organiserUrl)).text();
      const rendered = await page.content();
      for (const token of tokens) {
        expect(html).not.toContain(token);
        expect(rendered).not.toContain(token);
      }
      expect(html).not.toContain("/invite/");
      await lookAt(page, `${locale}-organiser-sealed`, testInfo);

      // The team link of a sealed round refuses.
      const [row] = await testDatabase().all('SELECT "teamToken" FROM "Scan" WHERE "organisationName" = ?', [
        organisation,
      ]);
      const stranger = await contextFor(browser, locale, testInfo);
      await stranger.page.goto(`/join/${String(row?.teamToken)}`);
      await expect(
        stranger.page.getByRole("heading", { name: msg(locale, "anonymity.join.sealedTitle") }),
      ).toBeVisible();
      await expect(stranger.page.getByRole("button", { name: exactly(msg(locale, "round.join.submit")) })).toHaveCount(
        0,
      );

      // The invitee opens the mailed link: the page says the round is sealed and what that protects against.
      const invitee = await contextFor(browser, locale, testInfo);
      await invitee.page.goto(links[0] ?? "");
      await expect(invitee.page.getByTestId("round-mode")).toContainText(msg(locale, "anonymity.mode.sealed"));
      await lookAt(invitee.page, `${locale}-invite-sealed`, testInfo);
      const resume = await startRoundResponse(invitee.page, locale, links[0] ?? "", { role: "employee" });
      await answerAndSubmitRound(invitee.page, locale, resume, quick, middle);

      await page.goto(organiserUrl);
      await page.getByRole("button", { name: exactly(msg(locale, "round.status.close")) }).click();
      await page.getByRole("button", { name: exactly(msg(locale, "round.status.confirmClose")) }).click();
      await expect(page.getByText(msg(locale, "round.organiser.statusClosed"), { exact: true })).toBeVisible();
      const resultsLink = await copyLinkValue(page, msg(locale, "round.organiser.resultsLink"));
      await page.goto(resultsLink);
      await expect(page.getByTestId("round-provenance")).toContainText(msg(locale, "anonymity.provenance.sealed"));
      const results = await (await page.request.get(resultsLink)).text();
      for (const token of tokens) expect(results).not.toContain(token);
      await closeContexts([organiser.context, stranger.context, invitee.context]);
    });
  }
});
