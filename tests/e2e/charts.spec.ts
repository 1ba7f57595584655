import { mkdirSync } from "node:fs";
import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
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
  section,
  signUp,
  uniqueClientName,
} from "@/tests/e2e/support/consultant-helpers";
import {
  answerAndSubmitRound,
  copyLinkValue,
  openRoundForm,
  startRoundResponse,
} from "@/tests/e2e/support/round-helpers";
import { type AnswerChoice, exactly, type Locale, readQuestionnaire } from "@/tests/e2e/support/scan-helpers";

// The charts of a closed team round, at 375 and 1280 px in Dutch and English: the round's radar is at least
// 280 px across on a phone; the group radars give way to the heatmap below `sm` and stand beside it from there;
// the radar's overlays are named in its legend and toggled by keyboard; axe finds nothing serious.

const SHOTS = process.env.SHOTS_DIR ?? ".test-output/screenshots/charts";
const quick = readQuestionnaire("quick");
const domainIndex = (item: { domain: string }) => quick.domains.findIndex((d) => d.id === item.domain);
// Employees low everywhere; managers high on the first domains and close to the employees on the last, so the
// gaps range from large (beyond the margin) to small (within it).
const employee = (item: { reverse?: boolean }) => (item.reverse ? 4 : 2) as AnswerChoice;
const manager = (item: { domain: string; reverse?: boolean }) => {
  const value = domainIndex(item) < 3 ? 5 : 3;
  return (item.reverse ? 6 - value : value) as AnswerChoice;
};

async function closedRound(browser: Browser, testInfo: TestInfo): Promise<string> {
  const locale: Locale = "nl";
  const organiser = await newContext(browser, locale, testInfo);
  const page = await organiser.newPage();
  await page.goto("/rounds/new");
  await openRoundForm(page, locale, { organisation: "Grafiek BV", teams: ["Zorg", "Balie"], minGroupSize: 3 });
  const organiserUrl = page.url();
  const teamLink = await copyLinkValue(page, msg(locale, "round.organiser.teamLink"));
  const people = [
    ...Array.from({ length: 3 }, () => ({ role: "employee", team: "Zorg", choose: employee })),
    ...Array.from({ length: 3 }, () => ({ role: "manager", team: "Balie", choose: manager })),
  ];
  for (const person of people) {
    const context = await newContext(browser, locale, testInfo);
    const respondent = await context.newPage();
    const token = await startRoundResponse(respondent, locale, teamLink, person);
    await answerAndSubmitRound(respondent, locale, token, quick, person.choose);
    await context.close();
  }
  await page.goto(organiserUrl);
  await page.getByRole("button", { name: exactly(msg(locale, "round.status.close")) }).click();
  await page.getByRole("button", { name: exactly(msg(locale, "round.status.confirmClose")) }).click();
  await page.getByRole("link", { name: msg(locale, "round.organiser.viewResults") }).click();
  await page.waitForURL(/\/results\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Grafiek BV");
  const resultsUrl = page.url();
  await organiser.close();
  return resultsUrl;
}

/** The round's own radar: the first chart on the results page. */
const roundRadar = (page: Page) => page.locator("main .recharts-surface").first();

test("a closed team round's charts read at 375 and 1280 px, in Dutch and English", async ({ browser }, testInfo) => {
  // Six respondents through the browser, then two languages at two widths: slow on a busy machine.
  test.setTimeout(600_000);
  mkdirSync(SHOTS, { recursive: true });
  const resultsUrl = await closedRound(browser, testInfo);

  for (const locale of ["nl", "en"] as const) {
    const context = await newContext(browser, locale, testInfo, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(resultsUrl);
    const heatmap = page.getByTestId("heatmap-role");
    const heatmapTable = heatmap.getByRole("table");

    // 1280 px: the group radar and the heatmap side by side with the gap table.
    await expect(roundRadar(page)).toBeVisible();
    await expect(page.getByTestId("groups-radar-role")).toBeVisible();
    await expect(heatmapTable).toBeVisible();
    await expect(page.getByTestId("heatmap-team").getByRole("table")).toBeVisible();
    // Rows are the shown groups, each cell a score with its difference written out (never colour alone).
    await expect(heatmapTable.getByRole("rowheader")).toHaveCount(3);
    await expect(heatmapTable.getByRole("columnheader")).toHaveCount(1 + quick.domains.length);
    await expect(heatmapTable.locator("tbody tr").nth(1).locator("td").first()).toContainText(/\d+.*[+\u2212]\d+/);

    // Every gap says what the margin allows.
    const gaps = page.getByRole("region", {
      name: msg(locale, "rounds.gaps.tableCaption", { breakdown: msg(locale, "rounds.gaps.byRole") }),
    });
    const beyond = msg(locale, "rounds.gaps.beyondMargin", { margin: "\u0000" }).split("\u0000")[0] ?? "";
    const within = msg(locale, "rounds.gaps.withinMargin", { margin: "\u0000" }).split("\u0000")[0] ?? "";
    await expect(gaps.getByText(beyond).first()).toBeVisible();
    await expect(gaps.getByText(within).first()).toBeVisible();

    // The legend names the mean and each overlay; the overlay is a button that toggles it by keyboard.
    const band = page.getByRole("button", { name: exactly(msg(locale, "rounds.results.legendBand")) });
    await expect(page.getByText(msg(locale, "rounds.results.legendMean"), { exact: true }).first()).toBeVisible();
    await expect(band).toHaveAttribute("aria-pressed", "true");
    const bandPaths = () => page.locator("main .recharts-radar path[fill-rule='evenodd']");
    await expect(bandPaths()).toHaveCount(1);
    await band.focus();
    await page.keyboard.press("Enter");
    await expect(band).toHaveAttribute("aria-pressed", "false");
    await expect(bandPaths()).toHaveCount(0);
    await page.keyboard.press("Space");
    await expect(band).toHaveAttribute("aria-pressed", "true");
    await expect(bandPaths()).toHaveCount(1);

    await expectNoSeriousA11yViolations(page);
    await roundRadar(page)
      .locator("xpath=ancestor::div[contains(@class,'rounded-xl')][1]")
      .screenshot({
        path: `${SHOTS}/round-radar-${locale}-1280.png`,
      });
    await heatmap.screenshot({ path: `${SHOTS}/heatmap-${locale}-1280.png` });
    await page
      .locator("section[aria-labelledby='round-gaps']")
      .screenshot({ path: `${SHOTS}/gaps-${locale}-1280.png` });

    // 375 px, opened as a phone opens it (the charts measure their box when they mount).
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expect(roundRadar(page)).toBeVisible();
    const box = await roundRadar(page).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(280);
    const grid = await page.locator("main .recharts-polar-grid").first().boundingBox();
    console.log(`round radar at 375 px (${locale}): svg ${box?.width} px, grid ${grid?.width} × ${grid?.height} px`);
    await expect(heatmapTable).toBeVisible();
    await expect(page.getByTestId("groups-radar-role")).toBeHidden();
    await expect(page.getByTestId("groups-radar-team")).toBeHidden();
    await expectNoHorizontalScroll(page, `round results ${locale} 375 px`);
    await expectNoSeriousA11yViolations(page);
    await roundRadar(page)
      .locator("xpath=ancestor::div[contains(@class,'rounded-xl')][1]")
      .screenshot({
        path: `${SHOTS}/round-radar-${locale}-375.png`,
      });
    await heatmap.screenshot({ path: `${SHOTS}/heatmap-${locale}-375.png` });
    await page.screenshot({ path: `${SHOTS}/round-${locale}-375.png`, fullPage: true });

    // A team's view: the table alone on a phone, largest difference from the organisation first.
    await page.goto(`${resultsUrl}/teams/1`);
    await expect(page.getByTestId("team-radar")).toBeHidden();
    const teamTable = page.getByRole("region", { name: msg(locale, "rounds.team.tableCaption", { team: "Zorg" }) });
    const differences = teamTable.locator("tbody tr td:last-child span.font-semibold");
    await expect(differences).toHaveCount(quick.domains.length);
    const sizes = (await differences.allTextContents()).map((text) => Math.abs(Number(text.replace("\u2212", "-"))));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await expect(page.getByTestId("team-radar")).toBeVisible();
    await context.close();
  }
});

test("a self-scan's radar: earlier scan, target and peers each named and told apart, two drawn by default", async ({
  browser,
}, testInfo) => {
  test.setTimeout(600_000);
  mkdirSync(SHOTS, { recursive: true });
  await insertPeerOrganisations({
    questionnaire: quick,
    sector: "public",
    sizeBand: "50-249",
    overallScores: [20, 35, 50, 65, 80],
  });
  const context = await newContext(browser, "nl", testInfo);
  const page = await context.newPage();
  await signUp(page, "nl", newAccount("charts"));
  await page.goto("/benchmark");
  await page.getByRole("button", { name: exactly(msg("nl", "benchmark.page.turnOn")) }).click();
  await expect(page.getByTestId("opt-in-status")).toHaveText(msg("nl", "benchmark.page.statusOn"));
  const clientName = uniqueClientName("Grafiekstad");
  await createClient(page, "nl", { name: clientName, sector: "public", sizeBand: "50-249" });
  const clientUrl = page.url();
  const plans = [
    answerPlan(quick, Object.fromEntries(quick.domains.map((d, i) => [d.id, i % 2 === 0 ? [2, 2, 3] : [3, 3, 3]]))),
    answerPlan(quick, Object.fromEntries(quick.domains.map((d, i) => [d.id, i % 3 === 0 ? [4, 4, 3] : [3, 4, 3]]))),
  ];
  const first = await answerInvite(browser, testInfo, await createInvite(page, "nl", { kind: "quick" }), {
    language: "nl",
    organisation: clientName,
    choose: plans[0]?.choose ?? (() => 3),
  });
  await first.context.close();
  // Targets on the first scan: the form's defaults (one level up).
  await page.goto(`/results/${first.shareToken}`);
  const targets = page.getByRole("region", { name: msg("nl", "loop.targets.title"), exact: true });
  await targets.getByRole("button", { name: exactly(msg("nl", "loop.targets.save")) }).click();
  await expect(targets.getByText(msg("nl", "loop.targets.saved"))).toBeVisible();
  await page.goto(clientUrl);
  const second = await answerInvite(browser, testInfo, await createInvite(page, "nl", { kind: "quick" }), {
    language: "nl",
    organisation: clientName,
    choose: plans[1]?.choose ?? (() => 3),
  });
  await second.context.close();

  // The client's trend: the overall line, and the domains when the reader asks for them; the table stays.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(clientUrl);
    const trend = section(page, msg("nl", "history.trendTitle"));
    await expect(trend.locator(".recharts-line")).toHaveCount(1);
    const domainButtons = trend.locator("button[aria-pressed='false']");
    await expect(domainButtons).toHaveCount(quick.domains.length);
    await domainButtons.first().press("Enter");
    await expect(trend.locator(".recharts-line")).toHaveCount(2);
    await trend.getByRole("button", { name: exactly(msg("nl", "history.charts.all")) }).click();
    await expect(trend.locator(".recharts-line")).toHaveCount(1 + quick.domains.length);
    await trend.screenshot({ path: `${SHOTS}/trend-nl-${width}.png` });
  }
  await context.close();

  for (const locale of ["nl", "en"] as const) {
    const reader = await newContext(browser, locale, testInfo, { viewport: { width: 1280, height: 900 } });
    const view = await reader.newPage();
    await view.goto(`/results/${second.shareToken}`);
    const chart = view.getByRole("main").locator(".recharts-surface").first();
    const legend = view.getByRole("list", { name: msg(locale, "rounds.charts.legend") });
    const earlier = legend.getByRole("button", {
      name: new RegExp(`^${msg(locale, "history.earlierScan", { date: "" }).trim().split(" ")[0]}`),
    });
    const target = legend.getByRole("button", {
      name: new RegExp(`^${msg(locale, "loop.review.outline", { date: "" }).trim().split(" ")[0]}`),
    });
    const peers = legend.getByRole("button", { name: exactly(msg(locale, "benchmark.peers.outline")) });
    // Each overlay is named; the first two are drawn, the peers' median waits for the reader.
    await expect(legend.getByText(msg(locale, "history.thisScan"), { exact: true })).toBeVisible();
    await expect(earlier).toHaveAttribute("aria-pressed", "true");
    await expect(target).toHaveAttribute("aria-pressed", "true");
    await expect(peers).toHaveAttribute("aria-pressed", "false");
    await expect(chart.locator(".recharts-radar")).toHaveCount(3);
    // Their lines differ in colour and in pattern.
    const looks = await chart
      .locator(".recharts-radar-polygon path")
      .evaluateAll((paths) => paths.map((p) => `${p.getAttribute("stroke")} ${p.getAttribute("stroke-dasharray")}`));
    expect(new Set(looks).size).toBe(looks.length);
    await peers.focus();
    await view.keyboard.press("Enter");
    await expect(peers).toHaveAttribute("aria-pressed", "true");
    await expect(chart.locator(".recharts-radar")).toHaveCount(4);
    const allLooks = await chart
      .locator(".recharts-radar-polygon path")
      .evaluateAll((paths) => paths.map((p) => `${p.getAttribute("stroke")} ${p.getAttribute("stroke-dasharray")}`));
    expect(new Set(allLooks.map((look) => look.split(" ")[0])).size).toBe(4);
    expect(new Set(allLooks).size).toBe(4);
    await expectNoSeriousA11yViolations(view);
    await legend.locator("xpath=ancestor::div[contains(@class,'rounded-xl')][1]").screenshot({
      path: `${SHOTS}/self-radar-${locale}-1280.png`,
    });

    await view.setViewportSize({ width: 375, height: 800 });
    await view.reload();
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(280);
    await peers.press("Space");
    await expect(chart.locator(".recharts-radar")).toHaveCount(4);
    await expectNoHorizontalScroll(view, `self-scan results ${locale} 375 px`);
    await expectNoSeriousA11yViolations(view);
    await legend.locator("xpath=ancestor::div[contains(@class,'rounded-xl')][1]").screenshot({
      path: `${SHOTS}/self-radar-${locale}-375.png`,
    });
    await reader.close();
  }
});
