import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import { expectNoHorizontalScroll, msg, newContext } from "@/tests/e2e/support/consultant-helpers";
import {
  createE2eMirror,
  type MirrorStatement,
  mirrorAnswers,
  mirrorResponses,
  readMirrorQuestionnaire,
  setMirrorStatus,
} from "@/tests/e2e/support/mirror-helpers";
import { exactly, type Locale, uniqueOrganisation } from "@/tests/e2e/support/scan-helpers";

// The customer's side of a mirror (issue 19 §2): the public link, a personal link and the kiosk, in Dutch and
// English, with axe at 1280 px and no sideways scrolling at 375 px on every page a customer sees.

const questionnaire = readMirrorQuestionnaire();
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
const SHOTS = "/tmp/shots/mirror-respond";
const [first, second, third] = questionnaire.items;
if (!first || !second || !third) throw new Error("the mirror questionnaire has fewer than three statements");

const scaleLabel = (locale: Locale, value: number) =>
  questionnaire.scale.points.find((point) => point.value === value)?.label[locale] ?? "";

/** The radio group of one statement (its legend is "<number>. <statement>"). */
function statement(page: Page, locale: Locale, item: { statement: { nl: string; en: string } }) {
  return page.getByRole("group", { name: item.statement[locale] });
}

function choose(page: Page, locale: Locale, item: MirrorStatement, value: number | "dk" | "na") {
  const label =
    value === "dk" ? msgOrLabel(locale, "dk") : value === "na" ? msgOrLabel(locale, "na") : scaleLabel(locale, value);
  return statement(page, locale, item).getByRole("radio", { name: exactly(label) });
}

function msgOrLabel(locale: Locale, which: "dk" | "na"): string {
  const file = questionnaire as unknown as {
    scale: { dontKnow: { label: Record<Locale, string> }; notApplicable: { label: Record<Locale, string> } };
  };
  return which === "dk" ? file.scale.dontKnow.label[locale] : file.scale.notApplicable.label[locale];
}

/** An appreciation question as the form asks it: about the organisation (or the team). */
function question(locale: Locale, which: "nps" | "mark" | "open", about: string): string {
  return questionnaire.appreciation[which].question[locale].replace("{organisation}", about);
}

function numberRadio(page: Page, locale: Locale, about: string, which: "nps" | "mark", value: number | "skip") {
  return page
    .getByRole("group", { name: question(locale, which, about) })
    .getByRole("radio", { name: exactly(value === "skip" ? msg(locale, "mirrorRespond.form.skip") : String(value)) });
}

/** The statements' radios that are checked (the NPS and mark start on "skip", the segment on "rather not say"). */
const checkedStatements = (page: Page) =>
  page.getByRole("group", { name: /^\d+\. / }).getByRole("radio", { checked: true });

/** A form as a new customer finds it: no statement answered, NPS and mark skipped. */
async function expectEmptyForm(page: Page, locale: Locale, about: string) {
  await expect(submitButton(page, locale)).toBeVisible();
  await expect(checkedStatements(page)).toHaveCount(0);
  await expect(numberRadio(page, locale, about, "nps", "skip")).toBeChecked();
  await expect(numberRadio(page, locale, about, "mark", "skip")).toBeChecked();
}

const submitButton = (page: Page, locale: Locale) =>
  page.getByRole("button", { name: exactly(msg(locale, "mirrorRespond.form.submit")) });

/** 375 px without sideways scrolling, axe at 1280 px, and a screenshot at each width. */
async function check(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize(PHONE);
  await expectNoHorizontalScroll(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
}

async function customer(browser: Browser, locale: Locale, testInfo: TestInfo) {
  const context = await newContext(browser, locale, testInfo, { viewport: DESKTOP });
  return { context, page: await context.newPage() };
}

for (const locale of ["nl", "en"] as const) {
  test.describe(`in ${locale === "nl" ? "Dutch" : "English"}`, () => {
    test("a customer answers through the public link, and a refused hand-in keeps every choice", async ({
      browser,
    }, testInfo) => {
      test.setTimeout(120_000);
      const organisation = uniqueOrganisation("Spiegel");
      const about = organisation;
      const mirror = await createE2eMirror({
        organisationName: organisation,
        segments: "Particulier\nZakelijk",
        askOpen: true,
      });
      const { context, page } = await customer(browser, locale, testInfo);
      // A browser that has its id cookie already (a hand-in that sets it also refreshes the page).
      await context.addCookies([
        { name: "kk_browser", value: randomBytes(24).toString("base64url"), url: String(testInfo.project.use.baseURL) },
      ]);
      try {
        await page.goto(`/c/${mirror.publicToken}`);
        await expect(
          page.getByRole("heading", { level: 1, name: msg(locale, "mirrorRespond.intro.heading", { organisation }) }),
        ).toBeVisible();
        await expect(page.getByText(msg(locale, "mirrorRespond.intro.anonymous", { organisation }))).toBeVisible();
        await expect(page.getByRole("group", { name: /^\d+\. / })).toHaveCount(questionnaire.items.length);
        await check(page, `public-form-${locale}`);

        await choose(page, locale, first, 4).check();
        await choose(page, locale, second, "dk").check();
        // Keyboard: the arrow keys move within a statement's group.
        await choose(page, locale, third, 2).focus();
        await page.keyboard.press("ArrowRight");
        await expect(choose(page, locale, third, 3)).toBeChecked();
        await numberRadio(page, locale, about, "nps", 9).check();
        await numberRadio(page, locale, about, "mark", 8).check();
        const comment = page.getByRole("textbox", {
          name: question(locale, "open", organisation),
        });
        await comment.fill("Sneller terugbellen");
        await expect(page.getByText(msg(locale, "mirrorRespond.form.counter", { count: 19, max: 500 }))).toBeVisible();
        await page
          .getByRole("group", { name: msg(locale, "mirrorRespond.form.segment") })
          .getByRole("radio", { name: "Zakelijk" })
          .check();

        // The mirror closes while the customer fills in: refused, with a clear message and nothing lost.
        await setMirrorStatus(mirror.id, "closed");
        await submitButton(page, locale).click();
        await expect(page.getByText(msg(locale, "mirrorRespond.errors.closed"))).toBeVisible();
        await expect(choose(page, locale, first, 4)).toBeChecked();
        await expect(choose(page, locale, second, "dk")).toBeChecked();
        await expect(choose(page, locale, third, 3)).toBeChecked();
        await expect(numberRadio(page, locale, about, "nps", 9)).toBeChecked();
        await expect(numberRadio(page, locale, about, "mark", 8)).toBeChecked();
        await expect(comment).toHaveValue("Sneller terugbellen");
        expect(await mirrorResponses(mirror.id)).toEqual([]);

        await setMirrorStatus(mirror.id, "open");
        await submitButton(page, locale).click();
        await expect(page).toHaveURL(new RegExp(`/c/${mirror.publicToken}/thanks$`));
        await expect(
          page.getByRole("heading", { level: 1, name: msg(locale, "mirrorRespond.thanks.heading") }),
        ).toBeVisible();
        await check(page, `public-thanks-${locale}`);
        const [stored, ...others] = await mirrorResponses(mirror.id);
        expect(others).toEqual([]);
        expect(stored).toMatchObject({
          source: "public",
          segment: "Zakelijk",
          nps: 9,
          mark: 8,
          comment: "Sneller terugbellen",
        });
        expect(await mirrorAnswers(stored?.id ?? "")).toEqual({ [first.id]: 4, [second.id]: "dk", [third.id]: 3 });

        // An empty form is refused as empty; a closed mirror shows a calm page.
        await page.goto(`/c/${mirror.publicToken}`);
        await submitButton(page, locale).click();
        await expect(page.getByText(msg(locale, "mirrorRespond.errors.empty"))).toBeVisible();
        await setMirrorStatus(mirror.id, "closed");
        await page.goto(`/c/${mirror.publicToken}`);
        await expect(
          page.getByRole("heading", { level: 1, name: msg(locale, "mirrorRespond.closed.heading") }),
        ).toBeVisible();
        await expect(submitButton(page, locale)).toHaveCount(0);
        await check(page, `closed-${locale}`);
      } finally {
        await context.close();
      }
    });

    test("a customer answers through a personal link, once; the invite fixes the segment", async ({
      browser,
    }, testInfo) => {
      test.setTimeout(90_000);
      const organisation = uniqueOrganisation("Spiegel");
      const about = "Servicedesk";
      const mirror = await createE2eMirror({
        organisationName: organisation,
        team: "Servicedesk",
        audience: "internal",
        segments: "Particulier\nZakelijk",
        askNps: false,
        invites: [{ address: "klant@example.org", segment: "Particulier" }],
      });
      const link = `/c/i/${mirror.inviteTokens[0]}`;
      const { context, page } = await customer(browser, locale, testInfo);
      try {
        await page.goto(link);
        await expect(
          page.getByRole("heading", {
            level: 1,
            name: msg(locale, "mirrorRespond.intro.headingTeam", { organisation, team: "Servicedesk" }),
          }),
        ).toBeVisible();
        await expect(page.getByText(msg(locale, "mirrorRespond.intro.personalAddress"))).toBeVisible();
        await expect(page.getByRole("group", { name: msg(locale, "mirrorRespond.form.segment") })).toHaveCount(0);
        await expect(page.getByRole("group", { name: question(locale, "nps", "Servicedesk") })).toHaveCount(0);
        await check(page, `personal-form-${locale}`);
        await choose(page, locale, first, 5).check();
        await numberRadio(page, locale, about, "mark", 7).check();
        await submitButton(page, locale).click();
        await expect(page).toHaveURL(new RegExp(`${link}/thanks$`));
        const stored = await mirrorResponses(mirror.id);
        expect(stored).toEqual([
          expect.objectContaining({ source: "personal", segment: "Particulier", nps: null, mark: 7 }),
        ]);
        // The link again: already answered, nothing to fill in.
        await page.goto(link);
        await expect(
          page.getByRole("heading", { level: 1, name: msg(locale, "mirrorRespond.used.heading") }),
        ).toBeVisible();
        await expect(submitButton(page, locale)).toHaveCount(0);
        await check(page, `personal-used-${locale}`);
      } finally {
        await context.close();
      }
    });

    test("a kiosk takes two customers in a row, with no way back to the first one's answers", async ({
      browser,
    }, testInfo) => {
      test.setTimeout(120_000);
      const organisation = uniqueOrganisation("Balie");
      const about = organisation;
      const mirror = await createE2eMirror({ organisationName: organisation });
      const { context, page } = await customer(browser, locale, testInfo);
      const kiosk = `/kiosk/${mirror.kioskToken}`;
      try {
        await page.goto("/");
        await page.goto(kiosk);
        await expect(page.getByText(msg(locale, "mirrorRespond.intro.kiosk"))).toBeVisible();
        await check(page, `kiosk-form-${locale}`);

        // The first customer.
        await choose(page, locale, first, 1).check();
        await numberRadio(page, locale, about, "nps", 3).check();
        await submitButton(page, locale).click();
        await expect(page).toHaveURL(new RegExp(`${kiosk}/thanks$`));
        await expect(page.getByText(msg(locale, "mirrorRespond.thanks.kioskBody"))).toBeVisible();
        await check(page, `kiosk-thanks-${locale}`);
        await page.getByRole("button", { name: msg(locale, "mirrorRespond.thanks.nextCustomer") }).click();
        await expect(page).toHaveURL(new RegExp(`${kiosk}$`));
        await expectEmptyForm(page, locale, organisation);

        // Back leads away from the kiosk (its pages replace each other), and forward to an empty form.
        await page.goBack();
        await expect(page).not.toHaveURL(new RegExp(mirror.kioskToken));
        await page.goForward();
        await expect(page).toHaveURL(new RegExp(`${kiosk}$`));
        await expectEmptyForm(page, locale, organisation);

        // The second customer; the thanks returns to an empty form by itself.
        await choose(page, locale, first, 5).check();
        await numberRadio(page, locale, about, "nps", 10).check();
        await submitButton(page, locale).click();
        await expect(page).toHaveURL(new RegExp(`${kiosk}/thanks$`));
        await expect(page).toHaveURL(new RegExp(`${kiosk}$`), { timeout: 20_000 });
        await expectEmptyForm(page, locale, organisation);
        await page.goBack();
        await expect(page).not.toHaveURL(new RegExp(mirror.kioskToken));

        const stored = (await mirrorResponses(mirror.id)).sort((a, b) => (a.nps ?? 0) - (b.nps ?? 0));
        expect(stored.map((r) => [r.source, r.nps])).toEqual([
          ["kiosk", 3],
          ["kiosk", 10],
        ]);
        expect(await mirrorAnswers(stored[0]?.id ?? "")).toEqual({ [first.id]: 1 });
        expect(await mirrorAnswers(stored[1]?.id ?? "")).toEqual({ [first.id]: 5 });
      } finally {
        await context.close();
      }
    });
  });
}
