import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page, type TestInfo, test } from "@playwright/test";
import { aggregateAnswers } from "@/lib/aggregation/aggregate-answers";
import { classifyChange, measuredOf } from "@/lib/aggregation/margin-rules";
import type { RoundAggregate } from "@/lib/aggregation/types";
import { displayScore } from "@/lib/display/score";
import { loadQuestionnaire } from "@/lib/questionnaire/validate";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  expectNoHorizontalScroll,
  insertClients,
  msg,
  newContext,
  signUp,
  uniqueClientName,
  workspaceIdOf,
} from "@/tests/e2e/support/consultant-helpers";
import { type Locale, readQuestionnaire } from "@/tests/e2e/support/scan-helpers";
import { testDatabase } from "@/tests/e2e/support/test-database";

// Issue 18, "honest numbers": two closed team rounds of one client (10 responses, then 30), written straight
// into the database with the aggregate the app writes at close. The compare page says which domain changes are
// beyond their margin, the results show each mean with its margin, and the round of 30 shows α per domain.

const data = readQuestionnaire("quick");
const quick = loadQuestionnaire(data, "klantkompas-quick");
const [leadership, culture, strategy] = quick.domains.map((d) => d.id) as [string, string, string];
const domainName = (id: string, locale: Locale) => data.domains.find((d) => d.id === id)?.name[locale] ?? id;

/** Round 1: ten people, every domain 50 on average (each answers one value for all statements). */
const FIRST = [2, 3, 3, 3, 3, 3, 3, 3, 4, 3];
/** Round 2: thirty people; leadership rises to about 88, culture stays 50, strategy's statements disagree. */
function secondAnswer(person: number, domainId: string, itemIndex: number): number {
  if (domainId === leadership) return person % 2 === 0 ? 4 : 5;
  // Strategy's statements rank people differently: they do not hang together (α = 0.5 in the population sense:
  // two statements vary 0–2 by person, the third not at all, and their sum only takes 0 or 3).
  if (domainId === strategy) return ((person * (itemIndex + 1)) % 3) + 2;
  return FIRST[person % FIRST.length] ?? 3;
}

function aggregateOf(count: number, answer: (person: number, domainId: string, itemIndex: number) => number) {
  const responses = Array.from({ length: count }, (_, person) => ({
    role: "employee",
    answers: Object.fromEntries(
      quick.items.map((item) => {
        const index = quick.items.filter((i) => i.domain === item.domain).indexOf(item);
        return [item.id, answer(person, item.domain, index)];
      }),
    ),
  }));
  return aggregateAnswers({ questionnaire: quick, responses, minGroupSize: 5, roleOrder: ["employee"] });
}

const rounds = [
  { aggregate: aggregateOf(10, (person) => FIRST[person] ?? 3), daysAgo: 90 },
  { aggregate: aggregateOf(30, secondAnswer), daysAgo: 10 },
];

const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
/** A link token as the app makes them: 32 URL-safe characters. */
const token = () => randomBytes(24).toString("base64url");

/** A client with the two closed rounds; returns the client id and the rounds' results tokens. */
async function seedClient(workspaceId: string, name: string) {
  const [clientId = ""] = await insertClients(workspaceId, [
    { name, sector: "healthcare", sizeBand: "250-999", latest: null },
  ]);
  const tokens: string[] = [];
  const statements: Array<{ sql: string; params: Array<string | number | null | Date> }> = [];
  for (const { aggregate, daysAgo } of rounds) {
    const scanId = id("e2eround");
    const resultsToken = token();
    tokens.push(resultsToken);
    const at = new Date(Date.now() - daysAgo * 86_400_000);
    statements.push(
      {
        sql: `INSERT INTO "Scan" ("id", "kind", "questionnaireId", "questionnaireVersion", "organisationName", "clientId",
                "series", "status", "closedAt", "roles", "minGroupSize", "resultsToken", "organiserToken", "teamToken",
                "submittedAt", "overallScore", "overallLevel", "respondentCount", "aggregate", "createdAt", "updatedAt")
              VALUES (?, 'team', ?, ?, ?, ?, ?, 'closed', ?, 'employee', 5, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        params: [
          scanId,
          quick.id,
          quick.version,
          name,
          clientId,
          `team:${quick.id}`,
          at,
          resultsToken,
          token(),
          token(),
          at,
          aggregate.overall.score,
          aggregate.overall.level,
          aggregate.respondents,
          JSON.stringify(aggregate),
          at,
          at,
        ],
      },
      ...aggregate.domains.map((d) => ({
        sql: 'INSERT INTO "ScanDomainScore" ("scanId", "domainId", "score", "level", "answered", "total", "respondents") VALUES (?, ?, ?, ?, 3, 3, ?)',
        params: [scanId, d.domainId, d.score, d.level, d.respondents],
      })),
    );
  }
  await testDatabase().transaction(statements);
  return { clientId, tokens };
}

/** The margin of a domain's change between the two rounds, in whole points as shown. */
function changeMargin(domainId: string): number {
  const [before, after] = rounds.map(({ aggregate }) =>
    measuredOf(aggregate.domains.find((d) => d.domainId === domainId) as RoundAggregate["domains"][number]),
  );
  if (!before || !after) throw new Error(`no margin for ${domainId}`);
  return displayScore(classifyChange({ before, after }).margin ?? 0);
}

/** Whole-page screenshots at 375 and 1280 px, and the parts that carry the labels at 375 px, to look at. */
async function look(page: Page, testInfo: TestInfo, name: string, parts: Record<string, Locator>) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (width === 375) {
      await expectNoHorizontalScroll(page, name);
      for (const [part, locator] of Object.entries(parts))
        await locator.screenshot({ path: testInfo.outputPath(`${name}-${part}-375.png`) });
    }
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
}

for (const locale of ["nl", "en"] as const) {
  test(`honest numbers (${locale}): changes against their margin, means with a margin, α per domain`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(360_000);
    const context = await newContext(browser, locale, testInfo);
    const page = await context.newPage();
    const account = await signUp(page, locale);
    const clientName = uniqueClientName("E2E Marge");
    const { clientId, tokens } = await seedClient(await workspaceIdOf(account.email), clientName);

    // The sums the labels rest on: leadership 50 → about 88, far beyond its margin; culture unchanged.
    const [first, second] = rounds.map((r) => r.aggregate);
    const score = (a: RoundAggregate | undefined, domainId: string) =>
      a?.domains.find((d) => d.domainId === domainId)?.score ?? Number.NaN;
    expect(displayScore(score(first, leadership))).toBe(50);
    expect(displayScore(score(second, leadership)) - 50).toBeGreaterThan(changeMargin(leadership));
    expect(displayScore(score(second, culture))).toBe(50);

    // The client page and the compare page name the scans alike (one helper).
    await page.goto(`/clients/${clientId}`);
    const clientOptions = await page.locator("#compare-a option").allTextContents();
    expect(clientOptions).toHaveLength(2);

    await page.goto(`/clients/${clientId}/compare`);
    await expect(page.getByRole("heading", { level: 1, name: msg(locale, "compare.title") })).toBeVisible();
    expect(await page.locator("#compare-a option").allTextContents()).toEqual(clientOptions);

    const row = (domainId: string) =>
      page
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: domainName(domainId, locale), exact: true }) });
    await expect(row(leadership)).toContainText(msg(locale, "compare.margin.beyondShort"));
    await expect(row(leadership)).toContainText(
      msg(locale, "compare.margin.marginShort", { margin: changeMargin(leadership) }),
    );
    await expect(row(culture)).toContainText(msg(locale, "compare.margin.withinShort"));
    await expect(row(culture)).toContainText(
      msg(locale, "compare.margin.marginShort", { margin: changeMargin(culture) }),
    );
    await expect(page.getByTestId("margin-note")).toHaveText(msg(locale, "compare.margin.noteRounds"));
    // The biggest riser, in words: "a real change: beyond the margin of ± N points".
    await expect(page.getByRole("list", { name: msg(locale, "compare.movedUp") })).toContainText(
      msg(locale, "compare.margin.beyond", { margin: changeMargin(leadership) }),
    );
    // Per statement: leadership's statements lead, each called an indication.
    const statements = page.getByTestId("statement-changes");
    await expect(statements).toContainText(msg(locale, "compare.statements.indicative"));
    const firstStatement = statements.locator("li").first();
    const firstItem = await firstStatement.getAttribute("data-item");
    expect(quick.items.find((i) => i.id === firstItem)?.domain).toBe(leadership);
    // By hand for a leadership statement: 50 (s² = 1250/9) → 87.5 (s² = 30 · 156.25/29, shown 88): +38 against
    // Welch's rough margin 1.74 · √(138.9/10 + 161.6/30) = 7.65, shown ± 8.
    await expect(firstStatement).toContainText(msg(locale, "compare.statements.beyond", { margin: 8 }));
    // Sortable: largest change first puts strategy's −25 fourth, after leadership's three +38; in questionnaire
    // order the fourth is culture's first statement.
    const fourthItem = await statements.locator("li").nth(3).getAttribute("data-item");
    expect(quick.items.find((i) => i.id === fourthItem)?.domain).toBe(strategy);
    await statements.getByRole("link", { name: msg(locale, "compare.statements.orderQuestionnaire") }).click();
    await expect(statements.locator("li").nth(3)).toHaveAttribute("data-item", quick.items[3]?.id ?? "");
    await statements.getByRole("link", { name: msg(locale, "compare.statements.orderChange") }).click();
    await expect(statements.locator("li").nth(3)).not.toHaveAttribute("data-item", quick.items[3]?.id ?? "");
    await expectNoSeriousA11yViolations(page);
    await look(page, testInfo, `compare-${locale}`, {
      table: page.getByRole("region", { name: msg(locale, "compare.tableCaption") }),
      statements,
    });

    // The round of 10: every mean with the margin of a typical spread, ± 9 points (t(0.95, 9) · 15 / √10 = 8.70).
    await page.goto(`/results/${tokens[0]}`);
    const card = (domainId: string) =>
      page
        .getByRole("article")
        .filter({ has: page.getByRole("heading", { level: 3, name: domainName(domainId, locale), exact: true }) });
    await expect(card(leadership).getByTestId("domain-margin")).toHaveText(
      msg(locale, "rounds.margin.score", { margin: 9 }),
    );
    await expect(card(leadership)).toContainText(msg(locale, "rounds.margin.range", { low: 41, high: 59 }));
    await expect(card(leadership)).toContainText(msg(locale, "rounds.margin.basisReference"));
    // Below 30 responses there is no α, so no consistency section.
    await expect(page.getByTestId("consistency")).toHaveCount(0);

    // The round of 30: its own spread, and α per domain; strategy's statements do not hang together.
    await page.goto(`/results/${tokens[1]}`);
    const ownMargin = displayScore(second?.domains.find((d) => d.domainId === leadership)?.margin90 ?? Number.NaN);
    await expect(card(leadership).getByTestId("domain-margin")).toHaveText(
      msg(locale, "rounds.margin.score", { margin: ownMargin }),
    );
    await expect(card(leadership)).toContainText(msg(locale, "rounds.margin.basisOwn"));
    const consistency = page.getByTestId("consistency");
    await expect(
      consistency.getByRole("heading", { name: msg(locale, "rounds.margin.consistency.title") }),
    ).toBeVisible();
    await expect(consistency.locator(`[data-domain="${leadership}"]`)).toContainText(
      msg(locale, "rounds.margin.consistency.acceptable"),
    );
    await expect(consistency.locator(`[data-domain="${strategy}"]`)).toContainText(
      msg(locale, "rounds.margin.consistency.low"),
    );
    await expectNoSeriousA11yViolations(page);
    await look(page, testInfo, `round-results-${locale}`, { card: card(strategy), consistency });
    await context.close();
  });
}
