import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  createClient,
  expectNoHorizontalScroll,
  msg,
  newContext,
  section,
  signUp,
  uniqueClientName,
  uniqueEmail,
} from "@/tests/e2e/support/consultant-helpers";
import { e2eMailEnabled, linkInMail, waitForMail } from "@/tests/e2e/support/mailbox";
import { readMirrorQuestionnaire } from "@/tests/e2e/support/mirror-helpers";
import { seedClosedClientRound } from "@/tests/e2e/support/mirror-results-seed";
import { copyLinkValue } from "@/tests/e2e/support/round-helpers";
import { exactly } from "@/tests/e2e/support/scan-helpers";

// The customer's mirror from end to end (issue 19 §5), in one browser journey: a consultant pairs a mirror with a
// client's closed round (processes 80 inside), prints the QR poster and mails one personal link; six customers
// answer — three through the public link, one through the mailed link, two in a row on one kiosk — rating
// processes "rarely" (25) and the rest "often" (75). After closing, the results show the blind spot in
// processes, the NPS with its margin, and the client's page shows the appreciation beside the maturity trend.
// The pages' own specs (mirror-organise, mirror-respond, mirror-results) cover both languages, axe and 375 px.

test.skip(!e2eMailEnabled(), "needs the SMTP sink of npm test (E2E_SMTP_URL)");

const questionnaire = readMirrorQuestionnaire();
const DESKTOP = { width: 1280, height: 900 };
const MIRROR_URL = /\/mirrors\/([A-Za-z0-9_-]{32})(\?new=1)?$/;
/** NPS of the six customers: 3 promoters, 1 passive, 2 detractors → 50% − 33.3% = 16.7. */
const NPS = [10, 9, 9, 8, 6, 3];

const scaleLabel = (value: number) => questionnaire.scale.points.find((p) => p.value === value)?.label.nl ?? "";

/** An appreciation question's group, whatever name the form fills in for {organisation}. */
function questionGroup(page: Page, which: "nps" | "mark") {
  const [before = "", after = ""] = questionnaire.appreciation[which].question.nl.split("{organisation}");
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByRole("group", { name: new RegExp(`^${literal(before)}.+${literal(after)}$`) });
}

/** Answers every statement (processes "rarely", the rest "often"), the NPS and a mark, and hands in. */
async function answerAndHandIn(page: Page, nps: number) {
  for (const item of questionnaire.items) {
    const label = scaleLabel(item.domain === "processes" ? 2 : 4);
    await page
      .getByRole("group", { name: item.statement.nl })
      .getByRole("radio", { name: exactly(label) })
      .check();
  }
  await questionGroup(page, "nps")
    .getByRole("radio", { name: exactly(String(nps)) })
    .check();
  await questionGroup(page, "mark")
    .getByRole("radio", { name: exactly("7") })
    .check();
  await page.getByRole("button", { name: exactly(msg("nl", "mirrorRespond.form.submit")) }).click();
  await expect(page).toHaveURL(/\/thanks$/);
}

test("nl: a mirror beside a closed round, six customers three ways, a blind spot, NPS and the trend", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const context = await newContext(browser, "nl", testInfo, { viewport: DESKTOP });
  const page = await context.newPage();
  await signUp(page, "nl");
  const name = uniqueClientName("E2E Spiegelreis");
  const clientId = await createClient(page, "nl", { name, sector: "retail", sizeBand: "10-49" });
  await seedClosedClientRound({ organisation: name, clientId });

  // The consultant starts the mirror from the client page, paired with the closed round.
  await page.goto(`/clients/${clientId}`);
  await section(page, msg("nl", "mirrorOrganise.client.title"))
    .getByRole("link", { name: msg("nl", "mirrorOrganise.client.start") })
    .click();
  await page.getByRole("button", { name: exactly(msg("nl", "mirrorOrganise.form.submit")) }).click();
  await page.waitForURL(MIRROR_URL);
  const token = MIRROR_URL.exec(page.url())?.[1] ?? "";
  const publicLink = await copyLinkValue(page, msg("nl", "mirrorOrganise.links.public"));
  const kioskLink = await copyLinkValue(page, msg("nl", "mirrorOrganise.links.kiosk"));

  // The QR poster prints on one A4 page.
  await page.getByRole("link", { name: msg("nl", "mirrorOrganise.qr.poster") }).click();
  await expect(page.getByTestId("poster-qr")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)).toHaveLength(1);

  // One personal link, mailed.
  await page.goto(`/mirrors/${token}`);
  const customerAddress = uniqueEmail("klant");
  await page.getByRole("textbox", { name: exactly(msg("nl", "mirrorOrganise.invites.list")) }).fill(customerAddress);
  await page.getByRole("button", { name: exactly(msg("nl", "mirrorOrganise.invites.submit")) }).click();
  const [invitation] = await waitForMail(customerAddress);
  const personalLink = linkInMail(invitation as NonNullable<typeof invitation>, "/c/i/");

  // Six customers: three through the public link (each their own browser), one through the mail, two on a kiosk.
  const customers = await Promise.all(
    [publicLink, publicLink, publicLink, personalLink].map(async (link) => {
      const customer = await newContext(browser, "nl", testInfo, { viewport: DESKTOP });
      return { customer, link };
    }),
  );
  for (const [index, { customer, link }] of customers.entries()) {
    const customerPage = await customer.newPage();
    await customerPage.goto(link);
    await answerAndHandIn(customerPage, NPS[index] ?? 7);
    await customer.close();
  }
  const tablet = await newContext(browser, "nl", testInfo, { viewport: DESKTOP });
  const kiosk = await tablet.newPage();
  await kiosk.goto(kioskLink);
  await answerAndHandIn(kiosk, NPS[4] ?? 7);
  await kiosk.getByRole("button", { name: msg("nl", "mirrorRespond.thanks.nextCustomer") }).click();
  await expect(kiosk).toHaveURL(new RegExp(`${new URL(kioskLink).pathname}$`));
  await answerAndHandIn(kiosk, NPS[5] ?? 7);
  await tablet.close();

  // The organiser sees six in, per way in, and closes.
  await page.reload();
  await expect(page.getByTestId("mirror-total")).toHaveText(msg("nl", "mirrorOrganise.counts.total", { count: 6 }));
  await page.getByRole("button", { name: exactly(msg("nl", "mirrorOrganise.close.button")) }).click();
  await page.getByRole("button", { name: exactly(msg("nl", "mirrorOrganise.close.confirm")) }).click();
  await expect(page.getByTestId("mirror-closed")).toBeVisible();

  // Inside against outside: processes 80 inside, 25 outside, a blind spot; NPS 16.7 with its margin.
  await page.goto(`/mirrors/${token}/results`);
  await expect(page.getByText(/^Grootste blinde vlek: Processen & procedures\. Intern 80, klanten 25 /)).toBeVisible();
  await expect(page.getByText(/^Net Promoter Score 16,7 \(± \d+,\d\)$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoHorizontalScroll(page, "mirror-journey-results");
  await page.setViewportSize(DESKTOP);

  // The client's page: the appreciation of this mirror beside the round's maturity.
  await page.goto(`/clients/${clientId}`);
  const trend = page.getByRole("region", { name: msg("nl", "mirrorResults.trend.title") });
  await expect(trend.getByRole("table")).toContainText(/16,7 \(± \d+,\d\)/);
  await context.close();
});
