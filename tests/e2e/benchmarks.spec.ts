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

// Benchmarks against peers: a consultant opts in on /benchmark, a client's results show the peers' median and
// top quartile on every domain bar and a peers' outline on the radar, the same through the read-only results
// link; below the minimum the results say "too few peers to compare". Axe and 375 px on the new page and
// sections, in Dutch and English. Peer organisations are written straight into the database (own workspace,
// opted in); each test uses its own sector so the groups it asserts are its own.

const quick = readQuestionnaire("quick");
const SHOTS = ".test-output/screenshots";
mkdirSync(SHOTS, { recursive: true });

/** Every domain answered 3 of 5 → 50 everywhere. */
const middle = answerPlan(
  quick,
  Object.fromEntries(quick.domains.map((d) => [d.id, d.id === "culture" ? [4, 4, 4] : [3, 3, 3]])),
);

async function optIn(page: Page, locale: Locale, expectOn: boolean) {
  await page.goto("/benchmark");
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "benchmark.page.title") })).toBeVisible();
  const button = page.getByRole("button", {
    name: exactly(msg(locale, expectOn ? "benchmark.page.turnOn" : "benchmark.page.turnOff")),
  });
  await button.click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: msg(locale, expectOn ? "benchmark.page.savedOn" : "benchmark.page.savedOff") }),
  ).toBeVisible();
  await expect(page.getByTestId("opt-in-status")).toHaveText(
    msg(locale, expectOn ? "benchmark.page.statusOn" : "benchmark.page.statusOff"),
  );
}

/** Close-ups of the new parts, to look at: the peers' section, a domain card with markers, the radar. */
async function closeUps(page: Page, name: string) {
  await page.getByTestId("peer-summary").screenshot({ path: `${SHOTS}/${name}-summary.png` });
  const card = page
    .locator("article")
    .filter({ has: page.locator('[data-marker="peers-median"]') })
    .first();
  if ((await card.count()) > 0) await card.screenshot({ path: `${SHOTS}/${name}-card.png` });
  const radar = page.locator(".recharts-wrapper").first();
  if ((await radar.count()) > 0)
    await radar.locator("xpath=../../..").screenshot({ path: `${SHOTS}/${name}-radar.png` });
}

async function checkPage(page: Page, name: string) {
  await expectNoSeriousA11yViolations(page);
  // Opened at 375 px as a phone would (a chart measured at 1280 px only shrinks a moment later).
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expectNoHorizontalScroll(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
}

test("nl: too few peers below the minimum, then markers on the results, the client page and the results link", async ({
  browser,
}, testInfo) => {
  // Sign-up now confirms the address through the mailed link (issue 15): a few page loads more.
  testInfo.setTimeout(180_000);
  const locale = "nl";
  // Four healthcare peers: with no other organisations, fewer than the minimum of 5.
  await insertPeerOrganisations({
    questionnaire: quick,
    sector: "healthcare",
    sizeBand: "250-999",
    overallScores: [20, 30, 40, 60],
  });
  const context = await newContext(browser, locale, testInfo);
  const page = await context.newPage();
  await signUp(page, locale, newAccount("benchmark-nl"));
  await page.goto("/benchmark");
  await expect(page.getByTestId("opt-in-status")).toHaveText(msg(locale, "benchmark.page.statusOff"));
  await checkPage(page, "benchmark-page-nl-off");
  await optIn(page, locale, true);
  await expect(
    page
      .getByText(msg(locale, "benchmark.page.total", { count: msg(locale, "benchmark.page.fewer", { min: 5 }) }))
      .first(),
  ).toBeVisible();
  await checkPage(page, "benchmark-page-nl-on");

  const name = uniqueClientName("Zorggroep Benchmark");
  const clientId = await createClient(page, locale, { name, sector: "healthcare", sizeBand: "250-999" });
  const invite = await createInvite(page, locale, { kind: "quick", language: locale });
  const first = await answerInvite(browser, testInfo, invite, {
    language: locale,
    organisation: name,
    choose: middle.choose,
  });
  await expect(first.page.getByTestId("peer-too-few")).toContainText(msg(locale, "benchmark.peers.tooFew"));
  await expect(first.page.locator('[data-marker="peers-median"]')).toHaveCount(0);
  await closeUps(first.page, "results-nl-too-few");
  await checkPage(first.page, "results-nl-too-few");
  await first.context.close();

  // A fifth peer, and the consultant's opt-in again (off and on) refreshes the norms at once.
  await insertPeerOrganisations({
    questionnaire: quick,
    sector: "healthcare",
    sizeBand: "250-999",
    overallScores: [80],
  });
  await optIn(page, locale, false);
  await optIn(page, locale, true);

  const second = await answerInvite(
    browser,
    testInfo,
    await (async () => {
      await page.goto(`/clients/${clientId}`);
      return createInvite(page, locale, { kind: "quick", language: locale });
    })(),
    { language: locale, organisation: name, choose: middle.choose },
  );
  const results = second.page;
  const sector = msg(locale, "sectors.healthcare");
  await expect(results.getByTestId("peer-group")).toHaveText(
    msg(locale, "benchmark.peers.shownSector", { sector, count: 5 }),
  );
  // A median and a top-quartile marker on each of the six domain bars, with the figures in words.
  await expect(results.locator('[data-marker="peers-median"]')).toHaveCount(quick.domains.length);
  await expect(results.locator('[data-marker="peers-p75"]')).toHaveCount(quick.domains.length);
  // Peers 20, 30, 40, 60, 80: median 40, P75 60; leadership 50 is above 3 of 5 → percentile 60.
  // The bar says it in words for screen readers: not the markers' shapes alone.
  const percentile60 = msg(locale, "benchmark.peers.percentileValue", { value: 60 });
  await expect(
    results
      .getByRole("img", {
        name: msg(locale, "benchmark.peers.barLabel", { score: 50, median: 40, p75: 60, percentile: percentile60 }),
      })
      .first(),
  ).toBeVisible();
  await expect(results.getByTestId("peer-line").first()).toHaveText(
    msg(locale, "benchmark.peers.line", {
      median: 40,
      p75: 60,
      percentile: msg(locale, "benchmark.peers.percentileValue", { value: 60 }),
    }),
  );
  await expect(results.getByText(msg(locale, "benchmark.peers.outline"), { exact: true })).toBeVisible();
  await closeUps(results, "results-nl-peers");
  await checkPage(results, "results-nl-peers");

  // The read-only link, signed out, shows the same benchmark.
  const shareUrl = results.url();
  const stranger = await newContext(browser, locale, testInfo);
  const view = await stranger.newPage();
  await view.goto(shareUrl);
  await expect(view.getByTestId("peer-group")).toHaveText(
    msg(locale, "benchmark.peers.shownSector", { sector, count: 5 }),
  );
  await expect(view.locator('[data-marker="peers-median"]')).toHaveCount(quick.domains.length);
  // Another group: the size band (250–999, the same five) and "all organisations".
  await view.getByRole("link", { name: exactly(msg(locale, "benchmark.peers.group.all")) }).click();
  await expect(view).toHaveURL(/peers=all/);
  await expect(view.getByTestId("peer-group")).toHaveText(msg(locale, "benchmark.peers.shownAll", { count: 5 }));
  await stranger.close();
  await second.context.close();

  // The client page: the latest scan of the series against its peers, in a table.
  await page.goto(`/clients/${clientId}`);
  const summary = page.getByTestId("peer-summary");
  await expect(summary.getByTestId("peer-group")).toHaveText(
    msg(locale, "benchmark.peers.shownSector", { sector, count: 5 }),
  );
  await expect(summary.getByRole("rowheader", { name: msg(locale, "benchmark.peers.overall") })).toBeVisible();
  await closeUps(page, "client-nl-peers");
  await checkPage(page, "client-nl-peers");

  // Give to get: out of the benchmark, the client page points to the settings and the results show no peers.
  await optIn(page, locale, false);
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByTestId("peer-off")).toContainText(msg(locale, "benchmark.client.off", { name }));
  await expect(page.getByTestId("peer-summary")).toHaveCount(0);
  await page.goto(shareUrl);
  await expect(page.locator('[data-marker="peers-median"]')).toHaveCount(0);
  await expect(page.getByTestId("peer-summary")).toHaveCount(0);
  await context.close();
});

test("en: the benchmark page and the markers in English", async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  const locale = "en";
  await insertPeerOrganisations({
    questionnaire: quick,
    sector: "education",
    sizeBand: "10-49",
    overallScores: [25, 35, 45, 55, 65, 75],
  });
  const context = await newContext(browser, locale, testInfo);
  const page = await context.newPage();
  await signUp(page, locale, newAccount("benchmark-en"));
  await optIn(page, locale, true);
  await checkPage(page, "benchmark-page-en-on");
  const name = uniqueClientName("School Benchmark");
  await createClient(page, locale, { name, sector: "education", sizeBand: "10-49" });
  const invite = await createInvite(page, locale, { kind: "quick", language: locale });
  const done = await answerInvite(browser, testInfo, invite, {
    language: locale,
    organisation: name,
    choose: middle.choose,
  });
  const sector = msg(locale, "sectors.education");
  await expect(done.page.getByTestId("peer-group")).toHaveText(
    msg(locale, "benchmark.peers.shownSector", { sector, count: 6 }),
  );
  await expect(done.page.locator('[data-marker="peers-median"]')).toHaveCount(quick.domains.length);
  await expect(done.page.getByTestId("peer-line").first()).toContainText("50th percentile");
  await closeUps(done.page, "results-en-peers");
  await checkPage(done.page, "results-en-peers");
  await done.page.setViewportSize({ width: 375, height: 800 });
  await done.page.reload();
  await closeUps(done.page, "results-en-peers-375");
  await done.context.close();
  await context.close();
});
