import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  ANY,
  answerInvite,
  answerPlan,
  CLIENT_URL,
  clientIdFromUrl,
  createInvite,
  csvNumber,
  expectStatus,
  exportUrl,
  messagePattern,
  msg,
  newAccount,
  newContext,
  parseCsv,
  section,
  signOut,
  signUp,
  uniqueClientName,
} from "@/tests/e2e/support/consultant-helpers";
import {
  BROWSER_LOCALE,
  escapeRegExp,
  exactly,
  levelForScore,
  readQuestionnaire,
  resultsChart,
  startingWith,
  t,
} from "@/tests/e2e/support/scan-helpers";

// The consultant's whole year with one client: sign up, add the client, send an English quick scan to the
// client's manager (who answers in another browser, without an account), see the result arrive, do it again,
// follow the trend, compare both scans, export the data, sign out, and find everything closed afterwards.

const quick = readQuestionnaire("quick");
const domainIds = quick.domains.map((domain) => domain.id);
const [d1, d2, d3, d4, d5, d6] = domainIds;
if (!d1 || !d2 || !d3 || !d4 || !d5 || !d6) throw new Error("the quick scan should have six domains");

// First scan: 75 everywhere. Second: three domains up to 100, one the same, two down (to 50 and 66.67).
// One answer per statement of the domain (the quick scan has three per domain).
const perStatement = (id: string, values: number[]) => {
  const count = quick.items.filter((item) => item.domain === id).length;
  return Array.from({ length: count }, (_, i) => values[i] ?? values[values.length - 1] ?? 4);
};
const firstScan = answerPlan(quick, Object.fromEntries(domainIds.map((id) => [id, perStatement(id, [4])])));
const secondScan = answerPlan(quick, {
  [d1]: perStatement(d1, [5]),
  [d2]: perStatement(d2, [5]),
  [d3]: perStatement(d3, [5]),
  [d4]: perStatement(d4, [4]),
  [d5]: perStatement(d5, [3]),
  [d6]: perStatement(d6, [4, 4, 3]),
});
const shown = (score: number) => Math.round(score);

test.use({ locale: BROWSER_LOCALE.nl });

/** The history table of the client page: one body row per scan, newest first. */
function historyRows(page: Page, clientName: string) {
  return page
    .getByRole("table", { name: msg("nl", "clients.history.caption", { name: clientName }) })
    .locator("tbody tr");
}

async function expectSubmittedRow(page: Page, clientName: string, index: number, score: number): Promise<void> {
  const row = historyRows(page, clientName).nth(index);
  await expect(row).toContainText(msg("nl", "clients.history.submitted"));
  await expect(row).toContainText(levelForScore(quick, score).name.nl);
  await expect(row).toContainText(String(shown(score)));
  await expect(row.getByRole("link", { name: msg("nl", "clients.history.viewResults") })).toHaveAttribute(
    "href",
    /^\/results\/[A-Za-z0-9_-]{32}$/,
  );
}

test("a consultant runs two scans for a client, follows the trend, compares, exports and signs out", async ({
  page,
  context,
  browser,
  baseURL,
}, testInfo) => {
  // Two complete scans in a second browser, with a download and several page loads in between.
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);

  // Sign up: a brand-new workspace shows the empty state and one way forward.
  await signUp(page, "nl", newAccount("journey"));
  const empty = section(page, msg("nl", "dashboard.empty.title"));
  await expect(empty).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await empty.getByRole("link", { name: msg("nl", "dashboard.empty.action") }).click();

  // Add the client.
  await page.waitForURL(/\/clients\/new$/);
  const clientName = uniqueClientName("Bakkerij Van Dam");
  const notes = "Contactpersoon: Eva de Boer (operationeel directeur).";
  await page.getByRole("textbox", { name: exactly(msg("nl", "clients.form.name")) }).fill(clientName);
  await page.getByRole("combobox", { name: exactly(msg("nl", "clients.form.sector")) }).selectOption("retail");
  await page.getByRole("combobox", { name: exactly(msg("nl", "clients.form.sizeBand")) }).selectOption("50-249");
  await page.getByRole("textbox", { name: startingWith(msg("nl", "clients.form.notes")) }).fill(notes);
  await page.getByRole("button", { name: exactly(msg("nl", "clients.form.create")) }).click();
  await page.waitForURL(CLIENT_URL);
  const clientId = clientIdFromUrl(page.url());
  const clientPath = `/clients/${clientId}`;

  // The client page: the details as entered, no scans yet.
  await expect(page.getByRole("heading", { level: 1, name: clientName, exact: true })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText(msg("nl", "sectors.retail"));
  await expect(main).toContainText(msg("nl", "sizeBands.50-249"));
  await expect(main).toContainText(notes);
  await expect(main).toContainText(msg("nl", "clients.history.empty"));
  await expect(main).toContainText(msg("nl", "clients.compare.needTwo"));

  // A quick scan in English for the manager; the invite link can be copied.
  const firstInvite = await createInvite(page, "nl", { kind: "quick", language: "en", role: "manager" });
  expect(firstInvite).toMatch(new RegExp(`^${escapeRegExp(baseURL ?? "")}/scan/[A-Za-z0-9_-]{32}\\?lang=en$`));
  const startScan = section(page, msg("nl", "clients.scan.title"));
  // The copy button next to the link (the ready-made message below has its own).
  const linkBox = startScan
    .getByRole("textbox", { name: exactly(msg("nl", "clients.scan.inviteLabel")) })
    .locator("..");
  await linkBox.getByRole("button", { name: exactly(t("nl", "common.copy")) }).click();
  await expect(linkBox.getByRole("button", { name: exactly(t("nl", "common.copied")) })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstInvite);
  // A message to send along, in the language of the scan, with the link in it.
  await expect(startScan.getByRole("textbox", { name: exactly(msg("nl", "clients.scan.messageLabel")) })).toHaveValue(
    msg("en", "clients.scan.message", {
      scan: msg("en", "clients.scan.messageScan.quick"),
      organisation: clientName,
      minutes: quick.estimatedMinutes,
      link: firstInvite,
    }),
  );
  // Listed as in progress until it is submitted.
  await expect(historyRows(page, clientName)).toHaveCount(1);
  await expect(historyRows(page, clientName).first()).toContainText(msg("nl", "clients.history.inProgress"));

  // The manager opens the link in a browser of their own: English, whatever their browser says.
  const first = await answerInvite(browser, testInfo, firstInvite, {
    language: "en",
    organisation: clientName,
    choose: firstScan.choose,
  });
  const firstOverall = first.page.getByRole("region", { name: t("en", "results.overall") });
  await expect(firstOverall).toContainText(`${shown(firstScan.overall)} / 100`);
  await expect(firstOverall).toContainText(levelForScore(quick, firstScan.overall).name.en);
  await first.context.close();

  // Back with the consultant: the scan is in, with its level and score; a trend needs a second one.
  await page.reload();
  await expect(historyRows(page, clientName)).toHaveCount(1);
  await expectSubmittedRow(page, clientName, 0, firstScan.overall);
  await expect(main).toContainText(msg("nl", "clients.details.scans", { count: 1 }));
  const trend = section(page, msg("nl", "history.trendTitle"));
  await expect(trend).toContainText(msg("nl", "history.trendNeedsTwo"));

  // A year later: a second English quick scan with other answers.
  const secondInvite = await createInvite(page, "nl", { kind: "quick", language: "en", role: "manager" });
  expect(secondInvite).not.toBe(firstInvite);
  const second = await answerInvite(browser, testInfo, secondInvite, {
    language: "en",
    organisation: clientName,
    choose: secondScan.choose,
  });
  const secondOverall = second.page.getByRole("region", { name: t("en", "results.overall") });
  await expect(secondOverall).toContainText(`${shown(secondScan.overall)} / 100`);
  await expect(secondOverall).toContainText(levelForScore(quick, secondScan.overall).name.en);
  // Its results show the earlier scan: in words, and as a second, dashed series on the radar with a legend.
  const overallChange = shown(secondScan.overall) - shown(firstScan.overall);
  await expect(
    second.page.getByText(
      messagePattern("en", "history.sinceEarlier", {
        date: ANY,
        from: shown(firstScan.overall),
        to: shown(secondScan.overall),
        change: msg("en", "compare.change.up", { points: overallChange }),
      }),
    ),
  ).toBeVisible();
  await expect(resultsChart(second.page).locator(".recharts-radar")).toHaveCount(2);
  await expect(
    second.page.getByRole("listitem").filter({ hasText: messagePattern("en", "history.earlierScan", { date: ANY }) }),
  ).toBeVisible();
  await expect(
    second.page.getByRole("listitem").filter({ hasText: exactly(msg("en", "history.thisScan")) }),
  ).toBeVisible();
  await second.context.close();

  // The client page now has two submitted scans, newest first, and draws the trend.
  await page.reload();
  await expect(historyRows(page, clientName)).toHaveCount(2);
  await expectSubmittedRow(page, clientName, 0, secondScan.overall);
  await expectSubmittedRow(page, clientName, 1, firstScan.overall);
  await expect(main).toContainText(msg("nl", "clients.details.scans", { count: 2 }));
  await expect(trend.locator("svg.recharts-surface").first()).toBeVisible();
  // The overall line and one per domain.
  // With more than three domains the overall line alone, until the reader asks for the domains.
  await expect(trend.locator(".recharts-line")).toHaveCount(1);
  await trend.getByRole("button", { name: msg("nl", "history.charts.all"), exact: true }).click();
  await expect(trend.locator(".recharts-line")).toHaveCount(1 + quick.domains.length);
  await expect(trend).not.toContainText(msg("nl", "history.trendNeedsTwo"));
  // The same numbers as a table, for those who cannot see the chart.
  await trend.getByText(msg("nl", "history.trendTableSummary")).click();
  const trendRows = trend.getByRole("table", { name: msg("nl", "history.trendTableCaption") }).locator("tbody tr");
  await expect(trendRows).toHaveCount(2);
  await expect(trendRows.nth(0).locator("td").first()).toHaveText(String(shown(firstScan.overall)));
  await expect(trendRows.nth(1).locator("td").first()).toHaveText(String(shown(secondScan.overall)));

  // The results page of the second scan, opened from the history, shows the earlier scan in Dutch too.
  const resultsHref = await historyRows(page, clientName)
    .first()
    .getByRole("link", { name: msg("nl", "clients.history.viewResults") })
    .getAttribute("href");
  expect(resultsHref).toBe(`/results/${second.shareToken}`);
  await page.goto(`/results/${second.shareToken}`);
  await expect(resultsChart(page).locator(".recharts-radar")).toHaveCount(2);
  await expect(
    page.getByRole("listitem").filter({ hasText: messagePattern("nl", "history.earlierScan", { date: ANY }) }),
  ).toBeVisible();
  await page.goto(clientPath);

  // Compare the two through the compare form (it starts on the two latest scans of the series shown: the
  // manager's quick scans, without a team).
  const compareForm = section(page, msg("nl", "clients.compare.title"));
  await compareForm.getByRole("button", { name: exactly(msg("nl", "clients.compare.submit")) }).click();
  const series = escapeRegExp(encodeURIComponent(`self:${quick.id}:manager:`));
  await page.waitForURL(new RegExp(`/clients/${clientId}/compare\\?series=${series}&a=[a-z0-9]+&b=[a-z0-9]+$`, "i"));
  await expect(page.getByRole("heading", { level: 1, name: msg("nl", "compare.title") })).toBeVisible();
  const overall = section(page, msg("nl", "compare.overallTitle"));
  await expect(overall).toContainText(
    msg("nl", "compare.overallChange", { from: shown(firstScan.overall), to: shown(secondScan.overall) }),
  );
  await expect(overall).toContainText(msg("nl", "compare.change.up", { points: overallChange }));

  // Per domain: both scores and the change, in points as shown.
  const domainRows = section(page, msg("nl", "compare.tableTitle")).locator("tbody tr");
  await expect(domainRows).toHaveCount(quick.domains.length);
  for (const domain of quick.domains) {
    const before = shown(firstScan.domainScores[domain.id] ?? Number.NaN);
    const after = shown(secondScan.domainScores[domain.id] ?? Number.NaN);
    const change = after - before;
    const row = domainRows.filter({ has: page.getByRole("rowheader", { name: domain.name.nl, exact: true }) });
    const cells = row.getByRole("cell");
    await expect(cells.nth(0)).toContainText(String(before));
    await expect(cells.nth(1)).toContainText(String(after));
    const spoken =
      change > 0
        ? msg("nl", "compare.change.up", { points: change })
        : change < 0
          ? msg("nl", "compare.change.down", { points: -change })
          : msg("nl", "compare.change.same");
    await expect(cells.nth(2)).toContainText(spoken);
    // Two self-scans: one person's view, never a margin (issue 18).
    await expect(cells.nth(2)).toContainText(msg("nl", "compare.margin.onePersonShort"));
  }
  await expect(page.getByTestId("margin-note")).toHaveText(msg("nl", "compare.margin.noteOnePerson"));

  // The biggest movers: the first two of the three domains that rose most, and the two that fell.
  const movers = section(page, msg("nl", "compare.moversTitle"));
  const movedUp = movers.getByRole("list", { name: msg("nl", "compare.movedUp") }).getByRole("listitem");
  const movedDown = movers.getByRole("list", { name: msg("nl", "compare.movedDown") }).getByRole("listitem");
  const domainName = (id: string) => quick.domains.find((domain) => domain.id === id)?.name.nl ?? id;
  await expect(movedUp).toHaveCount(2);
  await expect(movedUp.nth(0)).toContainText(domainName(d1));
  await expect(movedUp.nth(1)).toContainText(domainName(d2));
  await expect(movedDown).toHaveCount(2);
  await expect(movedDown.nth(0)).toContainText(domainName(d5));
  await expect(movedDown.nth(0)).toContainText(msg("nl", "compare.change.down", { points: 25 }));
  await expect(movedDown.nth(1)).toContainText(domainName(d6));

  // Back on the client page: download the scans and scores as CSV.
  await page.goto(clientPath);
  const downloading = page.waitForEvent("download");
  await section(page, msg("nl", "clients.export.title"))
    .getByRole("link", { name: msg("nl", "clients.export.scansCsv") })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  // UTF-8 with a byte order mark, ";" between cells, a header row and one row per scan, oldest first.
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(csv.slice(1)).filter((row) => row.some((cell) => cell !== ""));
  expect(header).toBeDefined();
  expect(header?.length).toBeGreaterThan(10);
  expect(header).toEqual(expect.arrayContaining(["assessment_id", "status", "overall_score", "overall_level"]));
  expect(rows).toHaveLength(2);
  const column = (name: string) => header?.indexOf(name) ?? -1;
  for (const [index, scan] of [firstScan, secondScan].entries()) {
    const row = rows[index] ?? [];
    expect(row).toHaveLength(header?.length ?? 0);
    expect(row[column("status")]).toBe("submitted");
    expect(row[column("kind")]).toBe("quick");
    expect(row[column("locale")]).toBe("en");
    expect(row[column("respondent_role")]).toBe("manager");
    // The score the page shows is the export's, rounded.
    expect(shown(csvNumber(row[column("overall_score")]) ?? Number.NaN)).toBe(shown(scan.overall));
    expect(row[column("overall_level")]).toBe(levelForScore(quick, scan.overall).id);
    for (const domain of quick.domains) {
      expect(csvNumber(row[column(`${domain.id}_score`)])).toBeCloseTo(scan.domainScores[domain.id] ?? Number.NaN, 1);
    }
  }
  // The page showed those same scores.
  await expect(historyRows(page, clientName).nth(0)).toContainText(
    String(shown(csvNumber(rows[1]?.[column("overall_score")]) ?? Number.NaN)),
  );

  // All answers as JSON: one per statement per scan, with the values the manager chose.
  const answersResponse = await page.request.get(exportUrl(clientId, "answers", "json"));
  await expectStatus(answersResponse, 200, "answers export");
  const answersJson = (await answersResponse.json()) as {
    client: { id: string; name: string };
    answers: Array<{ assessment_id: string; item_id: string; answer_value: number | null }>;
  };
  expect(answersJson.client).toMatchObject({ id: clientId, name: clientName });
  expect(answersJson.answers).toHaveLength(2 * quick.items.length);
  const scanIds = [...new Set(answersJson.answers.map((answer) => answer.assessment_id))];
  expect(scanIds).toHaveLength(2);
  for (const [index, scan] of [firstScan, secondScan].entries()) {
    const answers = answersJson.answers.filter((answer) => answer.assessment_id === scanIds[index]);
    expect(answers.map((answer) => answer.item_id)).toEqual(quick.items.map((item) => item.id));
    expect(answers.map((answer) => answer.answer_value)).toEqual(quick.items.map((item) => scan.choose(item)));
  }

  // Sign out: the pages send you to sign in, the export answers 401, and the old cookie is worth nothing.
  const signedIn = await context.storageState();
  await signOut(page, "nl");
  for (const path of ["/dashboard", clientPath, `${clientPath}/compare`]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in$/);
  }
  await expect(page.getByRole("heading", { level: 1, name: msg("nl", "auth.signInTitle") })).toBeVisible();
  await expectStatus(await page.request.get(exportUrl(clientId, "assessments", "csv")), 401, "export signed out");

  const oldSession = await newContext(browser, "nl", testInfo, { storageState: signedIn });
  try {
    await expectStatus(await oldSession.request.get(exportUrl(clientId, "answers", "json")), 401, "old cookie");
    const stale = await oldSession.newPage();
    await stale.goto("/dashboard");
    await expect(stale).toHaveURL(/\/sign-in$/);
  } finally {
    await oldSession.close();
  }
});
