import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  columnTexts,
  insertClients,
  msg,
  newAccount,
  newContext,
  parseScore,
  type SeedClient,
  signUp,
  workspaceIdOf,
} from "@/tests/e2e/support/consultant-helpers";
import { BROWSER_LOCALE, exactly, levelForScore, readQuestionnaire } from "@/tests/e2e/support/scan-helpers";

// A consultant with 32 clients (put straight into the test database with their latest-scan summary, as
// typing them in would take minutes): search, filter by sector and level, sort by score both ways, and page
// through the list, with every view in the URL and the filters kept from page to page.

const quick = readQuestionnaire("quick");
// The dashboard names levels and domains after the full scan (the quick scan uses the same ids).
const full = readQuestionnaire("full");
const SECTOR_CYCLE = ["retail", "healthcare", "education", "ict"] as const;
const PAGE_SIZE = 25;

// 28 "Noord …" and 4 "Zuid …" clients; every seventh has no scan yet. Scores are spread over all levels.
const clients: SeedClient[] = Array.from({ length: 32 }, (_, index) => {
  const number = String(index + 1).padStart(2, "0");
  const score = index % 7 === 6 ? null : 5 + ((index * 37) % 91);
  return {
    name: index < 28 ? `Noord ${number}` : `Zuid ${number}`,
    sector: SECTOR_CYCLE[index % SECTOR_CYCLE.length] ?? "other",
    sizeBand: "10-49",
    latest:
      score === null
        ? null
        : {
            score,
            level: levelForScore(quick, score).id,
            change: index % 3 === 0 ? null : (index % 5) - 2,
            submittedAt: new Date(Date.UTC(2026, index % 12, 1 + index)),
            weakestDomain: quick.domains[index % quick.domains.length]?.id ?? "leadership",
          },
  };
});

// The signed-in session of this file's consultant, shared by its tests (they run in one worker).
const SESSION_FILE = join(tmpdir(), `klantkompas-e2e-dashboard-${process.pid}.json`);

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(60_000);
  const context = await newContext(browser, "nl", testInfo);
  const account = await signUp(await context.newPage(), "nl", newAccount("dashboard"));
  await insertClients(await workspaceIdOf(account.email), clients);
  writeFileSync(SESSION_FILE, JSON.stringify(await context.storageState()));
  await context.close();
});

test.afterAll(() => rmSync(SESSION_FILE, { force: true }));

test.use({ locale: BROWSER_LOCALE.nl, storageState: SESSION_FILE });
test.describe.configure({ timeout: 60_000 });

function clientTable(page: Page): Locator {
  return page.getByRole("table");
}

function countHeading(page: Page, total: number): Locator {
  return page.getByRole("heading", { level: 2, name: msg("nl", "dashboard.count", { total }) });
}

async function names(page: Page): Promise<string[]> {
  return columnTexts(clientTable(page), msg("nl", "dashboard.columns.name"));
}

async function scores(page: Page): Promise<Array<number | null>> {
  return (await columnTexts(clientTable(page), msg("nl", "dashboard.columns.score"))).map(parseScore);
}

// What the dashboard does without a parameter; the filter form may still send these (and empty fields).
const DEFAULTS: Record<string, string> = {
  q: "",
  sector: "",
  level: "",
  sort: "name",
  dir: "asc",
  page: "1",
  archived: "0",
};

/** The dashboard URL holds exactly these parameters, apart from ones with their default value. */
function dashboardUrl(expected: Record<string, string>): (url: URL) => boolean {
  return (url) => {
    if (url.pathname !== "/dashboard") return false;
    const actual = [...url.searchParams].filter(([key, value]) => key in expected || DEFAULTS[key] !== value);
    return actual.length === Object.keys(expected).length && actual.every(([key, value]) => expected[key] === value);
  };
}

async function apply(page: Page): Promise<void> {
  await page.getByRole("button", { name: exactly(msg("nl", "dashboard.apply")) }).click();
}

/** Scores in order, clients without a scan last whichever way. */
function expectSorted(values: Array<number | null>, dir: "asc" | "desc"): void {
  const numbers = values.filter((value): value is number => value !== null);
  expect(values.slice(0, numbers.length), "clients without a scan come last").toEqual(numbers);
  const sorted = [...numbers].sort((a, b) => (dir === "asc" ? a - b : b - a));
  expect(numbers).toEqual(sorted);
}

function expectedNames(filter: (client: SeedClient) => boolean): string[] {
  return clients
    .filter(filter)
    .map((client) => client.name)
    .sort();
}

test("the first page lists 25 clients A–Z, with the total", { tag: "@database" }, async ({ page }) => {
  await page.goto("/dashboard");
  await expect(countHeading(page, clients.length)).toBeVisible();
  await expect(clientTable(page).locator("tbody tr")).toHaveCount(PAGE_SIZE);
  expect(await names(page)).toEqual(expectedNames(() => true).slice(0, PAGE_SIZE));
  await expect(page.getByRole("columnheader", { name: msg("nl", "dashboard.columns.name") })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
});

test("search by name", { tag: "@database" }, async ({ page }) => {
  await page.goto("/dashboard");
  const search = page.getByRole("searchbox", { name: exactly(msg("nl", "dashboard.search")) });
  await search.fill("Zuid");
  await apply(page);
  await expect(page).toHaveURL(dashboardUrl({ q: "Zuid" }));
  await expect(countHeading(page, 4)).toBeVisible();
  expect(await names(page)).toEqual(expectedNames((client) => client.name.startsWith("Zuid")));
  await expect(search).toHaveValue("Zuid");
  await expect(page.getByRole("navigation", { name: msg("nl", "dashboard.pagination.label") })).toHaveCount(0);

  // Nothing found: said so, with a way back to everything.
  await search.fill("Oost");
  await apply(page);
  await expect(page.getByText(msg("nl", "dashboard.noMatches"))).toBeVisible();
  await page
    .getByRole("main")
    .getByRole("link", { name: msg("nl", "dashboard.showAll") })
    .click();
  await expect(page).toHaveURL(dashboardUrl({}));
  await expect(countHeading(page, clients.length)).toBeVisible();
});

test("filter by sector and by level", { tag: "@database" }, async ({ page }) => {
  await page.goto("/dashboard");
  const sector = page.getByRole("combobox", { name: exactly(msg("nl", "dashboard.sector")) });
  const level = page.getByRole("combobox", { name: exactly(msg("nl", "dashboard.level")) });

  await sector.selectOption("healthcare");
  await apply(page);
  await expect(page).toHaveURL(dashboardUrl({ sector: "healthcare" }));
  const inSector = expectedNames((client) => client.sector === "healthcare");
  await expect(countHeading(page, inSector.length)).toBeVisible();
  expect(await names(page)).toEqual(inSector);
  const sectorCells = await columnTexts(clientTable(page), msg("nl", "dashboard.columns.sector"));
  expect(new Set(sectorCells)).toEqual(new Set([msg("nl", "sectors.healthcare")]));

  // Add a level: both filters apply, and both stay in the form and the URL.
  const established = full.levels.find((candidate) => candidate.id === "established");
  if (!established) throw new Error("the quick scan has no 'established' level");
  await level.selectOption(established.id);
  await apply(page);
  await expect(page).toHaveURL(dashboardUrl({ sector: "healthcare", level: "established" }));
  const both = expectedNames((client) => client.sector === "healthcare" && client.latest?.level === "established");
  expect(both.length).toBeGreaterThan(0);
  await expect(countHeading(page, both.length)).toBeVisible();
  expect(await names(page)).toEqual(both);
  const levelCells = await columnTexts(clientTable(page), msg("nl", "dashboard.columns.level"));
  expect(new Set(levelCells)).toEqual(new Set([established.name.nl]));
  await expect(sector).toHaveValue("healthcare");
  await expect(level).toHaveValue("established");

  // A level on its own, across sectors.
  await page.goto("/dashboard?level=established");
  await expect(
    countHeading(page, expectedNames((client) => client.latest?.level === "established").length),
  ).toBeVisible();
  await page.getByRole("link", { name: msg("nl", "dashboard.reset") }).click();
  await expect(page).toHaveURL(dashboardUrl({}));
});

test("sort by score both ways", { tag: "@database" }, async ({ page }) => {
  await page.goto("/dashboard");
  const header = page.getByRole("columnheader", { name: msg("nl", "dashboard.columns.score") });
  const sortLink = header.getByRole("link");
  await expect(header).not.toHaveAttribute("aria-sort");

  // Highest first on the first click.
  await sortLink.click();
  await expect(page).toHaveURL(dashboardUrl({ sort: "score", dir: "desc" }));
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("columnheader", { name: msg("nl", "dashboard.columns.name") })).not.toHaveAttribute(
    "aria-sort",
  );
  const descending = await scores(page);
  expectSorted(descending, "desc");
  const allScores = clients.flatMap((client) => (client.latest ? [client.latest.score] : []));
  expect(descending[0]).toBe(Math.max(...allScores));

  // Lowest first on the second.
  await sortLink.click();
  await expect(page).toHaveURL(dashboardUrl({ sort: "score", dir: "asc" }));
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await scores(page);
  expectSorted(ascending, "asc");
  expect(ascending[0]).toBe(Math.min(...allScores));
});

test("paging keeps the search and the sort, and comes back to the same first page", { tag: "@database" }, async ({
  page,
}) => {
  await page.goto("/dashboard");
  await page.getByRole("searchbox", { name: exactly(msg("nl", "dashboard.search")) }).fill("Noord");
  await apply(page);
  await page
    .getByRole("columnheader", { name: msg("nl", "dashboard.columns.score") })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(dashboardUrl({ q: "Noord", sort: "score", dir: "desc" }));
  const matching = clients.filter((client) => client.name.startsWith("Noord"));
  await expect(countHeading(page, matching.length)).toBeVisible();

  const pages = page.getByRole("navigation", { name: msg("nl", "dashboard.pagination.label") });
  await expect(pages).toContainText(msg("nl", "dashboard.pagination.pageOf", { page: 1, pages: 2 }));
  await expect(pages.getByRole("link", { name: msg("nl", "dashboard.pagination.previous") })).toHaveCount(0);
  const firstPage = await scores(page);
  expect(firstPage).toHaveLength(PAGE_SIZE);

  await pages.getByRole("link", { name: msg("nl", "dashboard.pagination.next") }).click();
  await expect(page).toHaveURL(dashboardUrl({ q: "Noord", sort: "score", dir: "desc", page: "2" }));
  await expect(pages).toContainText(msg("nl", "dashboard.pagination.pageOf", { page: 2, pages: 2 }));
  await expect(pages.getByRole("link", { name: msg("nl", "dashboard.pagination.next") })).toHaveCount(0);
  const secondPage = await scores(page);
  expect(secondPage).toHaveLength(matching.length - PAGE_SIZE);
  // The sort runs on across the pages, and the filters are still in the form and on the header.
  expectSorted([...firstPage, ...secondPage], "desc");
  expect(await names(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^Noord /)]));
  await expect(page.getByRole("searchbox", { name: exactly(msg("nl", "dashboard.search")) })).toHaveValue("Noord");
  await expect(page.getByRole("columnheader", { name: msg("nl", "dashboard.columns.score") })).toHaveAttribute(
    "aria-sort",
    "descending",
  );

  await pages.getByRole("link", { name: msg("nl", "dashboard.pagination.previous") }).click();
  await expect(page).toHaveURL(dashboardUrl({ q: "Noord", sort: "score", dir: "desc" }));
  expect(await scores(page)).toEqual(firstPage);

  // A page past the end goes to the last page instead of an empty list.
  await page.goto("/dashboard?q=Noord&sort=score&dir=desc&page=9");
  await expect(page).toHaveURL(dashboardUrl({ q: "Noord", sort: "score", dir: "desc", page: "2" }));
  expect(await scores(page)).toEqual(secondPage);
});
