import { mkdirSync } from "node:fs";
import { type Browser, expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import { expectNoHorizontalScroll, msg, newContext } from "@/tests/e2e/support/consultant-helpers";
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
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Grafiek BV");
  const resultsUrl = page.url();
  await organiser.close();
  return resultsUrl;
}

/** The round's own radar: the first chart on the results page. */
const roundRadar = (page: Page) => page.locator("main .recharts-surface").first();

test("a closed team round's charts read at 375 and 1280 px, in Dutch and English", async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
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
    const gaps = page.getByRole("region", { name: msg(locale, "rounds.gaps.tableCaption") }).first();
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
      .locator("#round-gaps")
      .locator("xpath=..")
      .screenshot({ path: `${SHOTS}/gaps-${locale}-1280.png` });

    // 375 px, opened as a phone opens it (the charts measure their box when they mount).
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expect(roundRadar(page)).toBeVisible();
    const box = await roundRadar(page).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(280);
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
