import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import { insertPeerOrganisations } from "@/tests/e2e/support/benchmark-helpers";
import {
  answerInvite,
  answerPlan,
  createClient,
  createInvite,
  expectNoHorizontalScroll,
  msg,
  newAccount,
  newContext,
  signUp,
  uniqueClientName,
} from "@/tests/e2e/support/consultant-helpers";
import { exactly, type Locale, readQuestionnaire } from "@/tests/e2e/support/scan-helpers";

// Issue 18, section 3, on the client page: a new client opens with one calm first step (no empty actions card, no
// exports of nothing, and why); once a scan is in, the peers' table scrolls in a named, focusable region (axe at
// 375 px), no two links share a name but go to different places, and date fields write the chosen day out in the
// page's language whatever the browser shows in the field.

const quick = readQuestionnaire("quick");
const SHOTS = ".test-output/screenshots";
mkdirSync(SHOTS, { recursive: true });
const middle = answerPlan(quick, Object.fromEntries(quick.domains.map((d) => [d.id, [3, 3, 3]])));

/** Links with the same accessible name must go to the same place (WCAG 2.4.4): the names that do not. */
async function sameNameOtherPlace(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const places = new Map<string, Set<string>>();
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"))) {
      if (link.closest("[hidden], [aria-hidden='true']")) continue;
      const name = (link.getAttribute("aria-label") ?? link.textContent ?? "").replace(/\s+/g, " ").trim();
      const url = new URL(link.href);
      const place = url.origin + url.pathname + url.search;
      places.set(name, (places.get(name) ?? new Set()).add(place));
    }
    return [...places].filter(([, set]) => set.size > 1).map(([name, set]) => `${name}: ${[...set].join(", ")}`);
  });
}

async function shoot(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    if (width === 375) await expectNoHorizontalScroll(page, name);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

for (const locale of ["nl", "en"] as const) {
  test(`a new client opens with a first step, not empty cards and exports (${locale})`, async ({
    browser,
  }, testInfo) => {
    testInfo.setTimeout(240_000);
    const context = await newContext(browser, locale, testInfo);
    const page = await context.newPage();
    await signUp(page, locale, newAccount(`first-step-${locale}`));
    const name = uniqueClientName("Nieuwe Klant");
    await createClient(page, locale, { name, sector: "logistics", sizeBand: "50-249" });

    const first = page.getByTestId("client-first-step");
    await expect(first).toContainText(msg(locale, "clients.firstStep.lead", { name }));
    await expect(page.getByRole("heading", { name: msg(locale, "loop.list.clientTitle"), exact: true })).toHaveCount(0);
    // No downloads of nothing: the export card says why.
    await expect(page.getByTestId("export-none")).toHaveText(msg(locale, "clients.export.none"));
    await expect(page.getByRole("link", { name: msg(locale, "clients.export.scansCsv") })).toHaveCount(0);
    // The first step leads to the start-scan card further down.
    await first.getByRole("link", { name: exactly(msg(locale, "clients.firstStep.selfScan")) }).click();
    await expect(page).toHaveURL(/#start-scan$/);
    await expectNoSeriousA11yViolations(page);
    expect(await sameNameOtherPlace(page)).toEqual([]);
    await shoot(page, `client-new-${locale}`);

    // With a scan in, the first step gives way to the actions card and the exports.
    const invite = await createInvite(page, locale, { kind: "quick", language: locale });
    const done = await answerInvite(browser, testInfo, invite, {
      language: locale,
      organisation: name,
      choose: middle.choose,
    });
    await done.context.close();
    await page.reload();
    await expect(first).toHaveCount(0);
    await expect(page.getByRole("heading", { name: msg(locale, "loop.list.clientTitle"), exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: msg(locale, "clients.export.scansCsv") })).toBeVisible();
    await context.close();
  });
}

test("en: the client page with peers passes axe at 375 px; links are told apart; dates in the page's language", async ({
  browser,
}, testInfo) => {
  testInfo.setTimeout(360_000);
  const locale: Locale = "en";
  await insertPeerOrganisations({
    questionnaire: quick,
    sector: "hospitality",
    sizeBand: "50-249",
    overallScores: [25, 35, 45, 55, 65, 75],
  });
  const context = await newContext(browser, locale, testInfo);
  const page = await context.newPage();
  await signUp(page, locale, newAccount("peers-375"));
  await page.goto("/benchmark");
  await page.getByRole("button", { name: exactly(msg(locale, "benchmark.page.turnOn")) }).click();
  await expect(page.getByTestId("opt-in-status")).toHaveText(msg(locale, "benchmark.page.statusOn"));
  const name = uniqueClientName("Hotel Peers");
  const clientId = await createClient(page, locale, { name, sector: "hospitality", sizeBand: "50-249" });
  for (let n = 0; n < 2; n++) {
    await page.goto(`/clients/${clientId}`);
    const invite = await createInvite(page, locale, { kind: "quick", language: locale });
    const done = await answerInvite(browser, testInfo, invite, {
      language: locale,
      organisation: name,
      choose: middle.choose,
    });
    await done.context.close();
  }

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/clients/${clientId}`);
  const peers = page.getByRole("region", { name: msg(locale, "benchmark.peers.tableLabel", { name }) });
  await expect(peers).toBeVisible();
  await expect(peers).toHaveAttribute("tabindex", "0");
  // It does scroll sideways at this width: the region is what makes that reachable by keyboard.
  expect(await peers.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalScroll(page, "client page with peers (en, 375)");
  // Two scans, each with a results link: each says which scan it opens.
  expect(await sameNameOtherPlace(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/client-peers-en-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await page.screenshot({ path: `${SHOTS}/client-peers-en-1280.png`, fullPage: true });

  // An English page writes the chosen day out in English beside the date field.
  const results = page.getByRole("link", { name: msg(locale, "clients.history.viewResults") }).first();
  await results.click();
  const dates = page.getByLabel(msg(locale, "loop.targets.dateAll"), { exact: false });
  await dates.fill("2027-06-30");
  const written = new Intl.DateTimeFormat("en", { dateStyle: "full", timeZone: "Europe/Amsterdam" }).format(
    new Date("2027-06-30T12:00:00Z"),
  );
  await expect(page.getByTestId("date-shown").first()).toHaveText(msg(locale, "loop.date.shown", { date: written }));
  await page.getByTestId("targets-form").screenshot({ path: `${SHOTS}/targets-form-en-1280.png` });
  await context.close();
});
