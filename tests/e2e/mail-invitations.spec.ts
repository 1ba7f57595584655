import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  ANY,
  createClient,
  expectNoHorizontalScroll,
  messagePattern,
  msg,
  newContext,
  section,
  signUp,
  uniqueClientName,
  uniqueEmail,
} from "@/tests/e2e/support/consultant-helpers";
import { e2eMailEnabled, linkInMail, readMailTo, waitForMail } from "@/tests/e2e/support/mailbox";
import {
  answerAndSubmitRound,
  closeContexts,
  openRoundForm,
  startRoundResponse,
} from "@/tests/e2e/support/round-helpers";
import {
  type AnswerChoice,
  exactly,
  type Locale,
  readQuestionnaire,
  startingWith,
} from "@/tests/e2e/support/scan-helpers";
import { countRows } from "@/tests/e2e/support/test-database";

// Invitations and reminders by mail, through the real SMTP sink npm test starts: an organiser mails three
// personal links, one invitee submits from the link in their mail (in their own browser), one only opens it; a
// reminder reaches the two who have not submitted and nobody else. A list with bad addresses is refused with
// each bad line named, storing nothing. A consultant mails a client's self-scan. axe and 375 px, nl and en.

test.skip(!e2eMailEnabled(), "needs the SMTP sink of npm test (E2E_SMTP_URL)");

const quick = readQuestionnaire("quick");
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
const middle = (item: { reverse?: boolean }) => (item.reverse ? 2 : 4) as AnswerChoice;

// E2E_SCREENSHOTS=1 keeps a picture of every checked page at both widths in .test-output/screenshots/.
async function snap(page: Page, name: string, width: number): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  const file = `${name.replace(/[^a-z0-9]+/gi, "-")}-${width}.png`;
  await page.screenshot({ path: `.test-output/screenshots/mail-${file}`, fullPage: true });
}

async function check(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalScroll(page, name);
  await snap(page, name, PHONE.width);
  await page.setViewportSize(DESKTOP);
  await expectNoSeriousA11yViolations(page);
  await snap(page, name, DESKTOP.width);
}

async function contextFor(browser: Browser, locale: Locale, testInfo: TestInfo) {
  const context = await newContext(browser, locale, testInfo, { viewport: DESKTOP });
  return { context, page: await context.newPage() };
}

/** The row of a personal link in the organiser's table. */
const linkRow = (page: Page, invitee: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: invitee }) });

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

for (const locale of ["nl", "en"] as const) {
  test(`${locale}: invitations by mail, one submits, the reminder reaches only the other two`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const organiser = await contextFor(browser, locale, testInfo);
    const page = organiser.page;
    await page.goto("/rounds/new");
    const organisation = uniqueClientName(locale === "nl" ? "Zorggroep" : "Care group");
    await openRoundForm(page, locale, { organisation });
    const organiserUrl = page.url().replace(/\?new=1$/, "");
    const token = new URL(organiserUrl).pathname.split("/").at(-1) ?? "";
    const list = page.getByRole("textbox", { name: exactly(msg(locale, "round.links.label")) });
    const sendMail = page.getByRole("checkbox", { name: msg(locale, "mail.links.sendMail") });
    await expect(sendMail).toBeChecked();

    // A list with bad addresses: each bad line is named, nothing is stored.
    await list.fill(["goed@example.nl", "kapot@", "Anna de Vries", "twee @example.nl"].join("\n"));
    await page.getByRole("button", { name: exactly(msg(locale, "round.links.submit")) }).click();
    await expect(page.getByText(msg(locale, "mail.errors.invalidLines"))).toBeVisible();
    await expect(page.getByText(msg(locale, "mail.errors.line", { line: 2, value: "kapot@" }))).toBeVisible();
    await expect(page.getByText(msg(locale, "mail.errors.line", { line: 4, value: "twee @example.nl" }))).toBeVisible();
    await expect(list).toHaveValue(/kapot@/);
    await expect(list).toHaveAttribute("aria-invalid", "true");
    expect(
      await countRows(
        'SELECT COUNT(*) AS count FROM "Response" r JOIN "Scan" s ON s."id" = r."scanId" WHERE s."organiserToken" = ?',
        [token],
      ),
    ).toBe(0);
    await check(page, `${locale} organiser page with a refused address list`);

    const people = [uniqueEmail("een"), uniqueEmail("twee"), uniqueEmail("drie")];
    await list.fill(people.join("\n"));
    await page.getByRole("button", { name: exactly(msg(locale, "round.links.submit")) }).click();
    await expect(page.getByText(msg(locale, "mail.links.added", { count: 3, mailed: 3 }))).toBeVisible();

    const invitations = await Promise.all(people.map((to) => waitForMail(to)));
    const links = invitations.map(([mail]) => {
      if (!mail) throw new Error("no invitation");
      expect(mail.subject).toBe(
        locale === "nl"
          ? `Uitnodiging: hoe klantgericht is ${organisation}?`
          : `Invitation: how customer-centric is ${organisation}?`,
      );
      expect(mail.html).not.toMatch(/<img|src=/i);
      return linkInMail(mail, "/invite/");
    });
    // The link in each mail is the one shown on the organiser page (still there to copy).
    for (const [index, person] of people.entries()) {
      await expect(linkRow(page, person)).toContainText(links[index] ?? "-");
    }
    await expect
      .poll(async () => {
        await page.reload();
        return page
          .getByRole("table", { name: msg(locale, "round.links.caption") })
          .getByText(messagePattern(locale, "mail.state.sent", { date: ANY }))
          .count();
      })
      .toBe(3);

    // The first invitee submits from the link in their mail, in their own browser; the second only opens it.
    const first = await contextFor(browser, locale, testInfo);
    const firstToken = await startRoundResponse(first.page, locale, links[0] ?? "", { role: "employee" });
    await answerAndSubmitRound(first.page, locale, firstToken, quick, middle);
    const second = await contextFor(browser, locale, testInfo);
    await startRoundResponse(second.page, locale, links[1] ?? "", { role: "manager" });

    await page.goto(organiserUrl);
    expect(await progressValue(page, locale, "personal", "submitted")).toBe("1");
    expect(await progressValue(page, locale, "personal", "started")).toBe("1");
    expect(await totalSubmitted(page)).toBe("1");
    await expect(linkRow(page, people[0] ?? "")).toContainText(msg(locale, "round.links.states.submitted"));
    await expect(linkRow(page, people[1] ?? "")).toContainText(msg(locale, "round.links.states.opened"));
    await expect(linkRow(page, people[2] ?? "")).toContainText(msg(locale, "round.links.states.invited"));

    const remind = page.getByRole("button", { name: exactly(msg(locale, "mail.reminders.submit")) });
    await remind.click();
    await expect(page.getByText(msg(locale, "mail.reminders.sent", { count: 2 }))).toBeVisible();
    // Pressed again: refused within the hour, nothing more is sent.
    await remind.click();
    await expect(page.getByText(messagePattern(locale, "mail.reminders.tooSoon", { time: ANY }))).toBeVisible();

    const reminderSubject = locale === "nl" ? /^Herinnering/ : /^Reminder/;
    for (const [index, person] of [people[1], people[2]].entries()) {
      const [reminder] = await waitForMail(person ?? "", { subject: reminderSubject });
      expect(reminder && linkInMail(reminder, "/invite/")).toBe(links[index + 1]);
    }
    // Give a wrong reminder time to arrive, then: the one who submitted got only the invitation.
    await page.waitForTimeout(1_500);
    expect(readMailTo(people[0] ?? "").map((mail) => mail.subject)).toHaveLength(1);
    expect(readMailTo(people[1] ?? "")).toHaveLength(2);
    expect(readMailTo(people[2] ?? "")).toHaveLength(2);

    await expect
      .poll(async () => {
        await page.reload();
        return page.getByText(msg(locale, "mail.state.reminders", { count: 1 })).count();
      })
      .toBe(2);
    await check(page, `${locale} organiser page with invitations, progress and reminders`);
    await closeContexts([organiser.context, first.context, second.context]);
  });
}

for (const locale of ["nl", "en"] as const satisfies readonly Locale[]) {
  test(`${locale}: a consultant mails a client's self-scan invite; the page still shows the link to copy`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { context, page } = await contextFor(browser, locale, testInfo);
    await signUp(page, locale);
    const name = uniqueClientName("E2E Mail");
    await createClient(page, locale, { name, sector: "retail", sizeBand: "10-49" });
    const form = section(page, msg(locale, "clients.scan.title"));
    await form.getByRole("radio", { name: startingWith(msg(locale, "clients.scan.quick")) }).check();
    const email = form.getByRole("textbox", { name: new RegExp(`^${msg(locale, "mail.scan.email")}`) });

    await email.fill("not an address");
    await form.getByRole("button", { name: exactly(msg(locale, "clients.scan.submit")) }).click();
    await expect(form.getByText(msg(locale, "mail.errors.invalidAddress"))).toBeVisible();
    await check(page, `${locale} client page with a bad address`);

    const to = uniqueEmail("respondent");
    await email.fill(to);
    await form.getByRole("button", { name: exactly(msg(locale, "clients.scan.submit")) }).click();
    await expect(form.getByText(msg(locale, "mail.scan.mailedTo", { to }))).toBeVisible();
    const link = await form
      .getByRole("textbox", { name: exactly(msg(locale, "clients.scan.inviteLabel")) })
      .inputValue();
    const [mail] = await waitForMail(to);
    expect(mail?.subject).toBe(
      locale === "nl"
        ? `Wil je de snelscan van Klantkompas invullen voor ${name}?`
        : `Would you fill in the Klantkompas quick scan for ${name}?`,
    );
    expect(mail && linkInMail(mail, "/scan/")).toBe(link);

    await expect
      .poll(async () => {
        await page.reload();
        return page.getByText(msg(locale, "mail.scan.to", { to })).count();
      })
      .toBe(1);
    await page.getByRole("button", { name: exactly(msg(locale, "mail.scan.remind")) }).click();
    await expect(page.getByText(msg(locale, "mail.scan.reminded"))).toBeVisible();
    await waitForMail(to, { subject: locale === "nl" ? /^Herinnering/ : /^Reminder/ });
    await check(page, `${locale} client page with a mailed invitation`);
    await context.close();
  });
}
