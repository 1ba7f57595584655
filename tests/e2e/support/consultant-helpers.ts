import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type APIResponse,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  type TestInfo,
} from "@playwright/test";
import { type AbstractIntlMessages, createTranslator } from "use-intl/core";
import { nameKey } from "@/lib/clients/name-key";
import { MESSAGE_FEATURES } from "@/lib/i18n/message-features";
import { linkInMail, waitForMail } from "@/tests/e2e/support/mailbox";
import {
  type AnswerChoice,
  answerAllDomains,
  BROWSER_LOCALE,
  escapeRegExp,
  exactly,
  type Locale,
  type QuestionnaireData,
  type QuestionnaireItem,
  readQuestionnaire,
  SCAN_OVERVIEW_URL,
  startingWith,
  submitReview,
  TOKEN,
  t,
  tokenFromUrl,
} from "@/tests/e2e/support/scan-helpers";
import { countRows, testDatabase } from "@/tests/e2e/support/test-database";

/**
 * Shared steps for the consultant journeys: texts from the whole message catalogue (core and feature
 * files, ICU plurals included), accounts, clients, invites answered in a separate browser context, and a
 * direct line to the test database for setting up many clients at once and for checking that nothing was
 * stored. Everything on the page is found by role and label.
 */

type MessageTree = { [key: string]: string | MessageTree };

function repoFile(relative: string): string {
  return fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(repoFile(relative), "utf8")) as T;
}

const translators = new Map<Locale, ReturnType<typeof createTranslator>>();

/** Every message the app loads for a locale: the core catalogue plus each feature's file (as load-messages.ts). */
function translator(locale: Locale): ReturnType<typeof createTranslator> {
  let found = translators.get(locale);
  if (!found) {
    const messages = Object.assign(
      readJson<MessageTree>(`lib/i18n/messages/${locale}.json`),
      ...MESSAGE_FEATURES.map((feature) => readJson<MessageTree>(`lib/i18n/messages/${feature}/${locale}.json`)),
    ) as AbstractIntlMessages;
    found = createTranslator({ locale, messages });
    translators.set(locale, found);
  }
  return found;
}

/** A UI text as the app shows it, from any catalogue, with ICU placeholders and plurals filled in. */
export function msg(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  return (translator(locale) as (key: string, values?: Record<string, string | number>) => string)(key, values);
}

/** Stands for any text (a date, say) in messagePattern's values. */
export const ANY = "\u0000";

/** A message as a whole-text RegExp, with the values given as ANY matching any text. */
export function messagePattern(locale: Locale, key: string, values: Record<string, string | number> = {}): RegExp {
  const parts = msg(locale, key, values).split(ANY);
  return new RegExp(`^${parts.map(escapeRegExp).join(".+?")}$`);
}

/** A strong password that is on no common-password list. */
export const STRONG_PASSWORD = "paarse olifant fietst 42";

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

export function uniqueEmail(prefix = "consultant"): string {
  return `${prefix}-${uniqueSuffix()}@example.com`;
}

/** A client name no other test uses, so parallel tests never see each other's data. */
export function uniqueClientName(prefix = "E2E Klant"): string {
  return `${prefix} ${uniqueSuffix()}`;
}

export interface Account {
  name: string;
  email: string;
  password: string;
}

export function newAccount(prefix = "consultant"): Account {
  return { name: `Consultant ${prefix}`, email: uniqueEmail(prefix), password: STRONG_PASSWORD };
}

/** A fresh browser context with a fixed browser language (and so, without a cookie, a fixed app language). */
export async function newContext(
  browser: Browser,
  locale: Locale,
  testInfo: TestInfo,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  // Without cookies unless asked: Playwright would otherwise copy in the file's test.use({ storageState }).
  return browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: BROWSER_LOCALE[locale],
    storageState: undefined,
    ...options,
  });
}

// --- Accounts ---

export function authFields(page: Page, locale: Locale) {
  return {
    name: page.getByRole("textbox", { name: exactly(msg(locale, "auth.name")) }),
    email: page.getByRole("textbox", { name: exactly(msg(locale, "auth.email")) }),
    password: page.getByLabel(msg(locale, "auth.password"), { exact: true }),
  };
}

/**
 * The suite signs up far more than 30 accounts an hour, all from 127.0.0.1, so each sign-up starts with a fresh
 * per-address window; the limit itself is tested in tests/integration/auth.test.ts.
 */
async function clearSignUpWindow(): Promise<void> {
  await testDatabase().transaction([
    { sql: `DELETE FROM "SignInThrottle" WHERE "key" = ?`, params: ["signup-ip:127.0.0.1"] },
  ]);
}

/** Fills the sign-up form and submits it, without waiting for where it leads. */
export async function submitSignUp(page: Page, locale: Locale, account: Account): Promise<void> {
  await clearSignUpWindow();
  const fields = authFields(page, locale);
  await fields.name.fill(account.name);
  await fields.email.fill(account.email);
  await fields.password.fill(account.password);
  await page.getByRole("button", { name: exactly(msg(locale, "auth.signUp")) }).click();
}

/**
 * Creates an account through /sign-up and ends on the dashboard, signed in. With mail on, sign-up ends on "check
 * your mail"; the mailed link, confirmed in this browser, signs in (docs/security.md, "After sign-up"). A server with
 * mail off (mail-off.spec.ts) leads to the sign-in form with the address filled in instead.
 */
export async function signUp(page: Page, locale: Locale, account: Account = newAccount()): Promise<Account> {
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "auth.signUpTitle") })).toBeVisible();
  await submitSignUp(page, locale, account);
  if ((await expectSignedUpNotice(page, locale, account.email)) === "check-mail") {
    await verifyFromMail(page, locale, account.email);
  } else {
    await submitSignIn(page, locale, account.email, account.password);
    await page.waitForURL(/\/dashboard$/);
  }
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "dashboard.title") })).toBeVisible();
  return account;
}

/**
 * Opens the link of the verification mail sent to `email` and confirms, in the browser that signed up: ends on the
 * dashboard, signed in, saying the address is confirmed.
 */
export async function verifyFromMail(page: Page, locale: Locale, email: string): Promise<void> {
  const [mail] = await waitForMail(email, { subject: /Bevestig je e-mailadres|Confirm your e-mail address/ });
  if (!mail) throw new Error(`No verification mail to ${email}`);
  await page.goto(linkInMail(mail, "/verify-email/"));
  await page.getByRole("button", { name: exactly(msg(locale, "accounts.verify.confirm")) }).click();
  await page.waitForURL(/\/dashboard\?verified=1$/);
  await expect(page.getByRole("status").filter({ hasText: msg(locale, "dashboard.notice.verified") })).toBeVisible();
}

/**
 * Where every accepted sign-up lands (a new address and a taken one alike): with mail on "check your mail" naming
 * the address, with mail off the sign-in form with a notice and the address filled in. Says which.
 */
export async function expectSignedUpNotice(
  page: Page,
  locale: Locale,
  email?: string,
): Promise<"check-mail" | "sign-in"> {
  await page.waitForURL(/\/sign-up\/check-mail$|\/sign-in\?signed-up=1$/);
  if (new URL(page.url()).pathname === "/sign-up/check-mail") {
    await expect(page.getByRole("heading", { level: 1, name: msg(locale, "auth.checkMail.title") })).toBeVisible();
    if (email) await expect(page.getByRole("main")).toContainText(email);
    return "check-mail";
  }
  await expect(page.getByText(msg(locale, "auth.signedUp"))).toBeVisible();
  if (email) await expect(authFields(page, locale).email).toHaveValue(email);
  return "sign-in";
}

/** Fills the sign-in form and submits it, without waiting for where it leads. */
export async function submitSignIn(page: Page, locale: Locale, email: string, password: string): Promise<void> {
  const fields = authFields(page, locale);
  await fields.email.fill(email);
  await fields.password.fill(password);
  await page.getByRole("button", { name: exactly(msg(locale, "auth.signIn")) }).click();
}

/** The sign-out button in the site header; ends on the landing page. */
export async function signOut(page: Page, locale: Locale): Promise<void> {
  const nav = page.getByRole("navigation", { name: msg(locale, "nav.account") });
  await openHeaderMenu(page, locale);
  await nav.getByRole("button", { name: exactly(msg(locale, "nav.signOut")) }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

/** Below md the signed-in header's links sit behind its menu button: opens it when it is there (closed). */
export async function openHeaderMenu(page: Page, locale: Locale): Promise<void> {
  const menu = page
    .getByRole("navigation", { name: msg(locale, "nav.account") })
    .getByRole("button", { name: exactly(msg(locale, "nav.menu")) });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
}

/** The form-level message (role=status) of a form, e.g. "check the fields" or "wrong password". */
export function formMessage(page: Page): Locator {
  return page.getByRole("main").getByRole("status");
}

// --- Clients ---

export interface ClientInput {
  name: string;
  sector: string;
  sizeBand: string;
  notes?: string;
}

export function clientFields(page: Page, locale: Locale) {
  return {
    name: page.getByRole("textbox", { name: exactly(msg(locale, "clients.form.name")) }),
    sector: page.getByRole("combobox", { name: exactly(msg(locale, "clients.form.sector")) }),
    sizeBand: page.getByRole("combobox", { name: exactly(msg(locale, "clients.form.sizeBand")) }),
    notes: page.getByRole("textbox", { name: startingWith(msg(locale, "clients.form.notes")) }),
  };
}

/** A client page (and not /clients/new, which the same pattern would otherwise match). */
export const CLIENT_URL = /\/clients\/(?!new$)([a-z0-9]+)$/i;

export function clientIdFromUrl(url: string): string {
  const id = CLIENT_URL.exec(new URL(url).pathname)?.[1];
  if (!id) throw new Error(`no client id in ${url}`);
  return id;
}

/** Creates a client through /clients/new; ends on the client's page and returns its id. */
export async function createClient(page: Page, locale: Locale, input: ClientInput): Promise<string> {
  await page.goto("/clients/new");
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "clients.newTitle") })).toBeVisible();
  const fields = clientFields(page, locale);
  await fields.name.fill(input.name);
  await fields.sector.selectOption(input.sector);
  await fields.sizeBand.selectOption(input.sizeBand);
  if (input.notes !== undefined) await fields.notes.fill(input.notes);
  await page.getByRole("button", { name: exactly(msg(locale, "clients.form.create")) }).click();
  await page.waitForURL(CLIENT_URL);
  await expect(page.getByRole("heading", { level: 1, name: input.name, exact: true })).toBeVisible();
  return clientIdFromUrl(page.url());
}

/** A section of the client page, by its heading (sections are labelled by their h2). */
export function section(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

export interface InviteOptions {
  kind?: "quick" | "full";
  language?: Locale;
  role?: "board" | "manager" | "employee" | "other";
}

/** The start-a-scan form on the client page: returns the invite link it shows (role manager by default). */
export async function createInvite(page: Page, locale: Locale, options: InviteOptions = {}): Promise<string> {
  const form = section(page, msg(locale, "clients.scan.title"));
  await form.getByRole("radio", { name: startingWith(msg(locale, `clients.scan.${options.kind ?? "quick"}`)) }).check();
  await form.getByRole("radio", { name: exactly(t(locale, `language.name.${options.language ?? locale}`)) }).check();
  await form.getByRole("radio", { name: exactly(t(locale, `roles.${options.role ?? "manager"}`)) }).check();
  await form.getByRole("button", { name: exactly(msg(locale, "clients.scan.submit")) }).click();
  const link = form.getByRole("textbox", { name: exactly(msg(locale, "clients.scan.inviteLabel")) });
  await expect(link).toHaveValue(/\/scan\/[A-Za-z0-9_-]{32}\?lang=(nl|en)$/);
  return link.inputValue();
}

/** The token of an invite link (`…/scan/<token>?lang=…`). */
function inviteToken(inviteUrl: string): string {
  const token = new URL(inviteUrl).pathname.split("/").at(-1) ?? "";
  expect(token).toMatch(TOKEN);
  return token;
}

/** Gives every item of a domain the answer that scores as `value` on the 1–5 scale (reverse items mirrored). */
function answerScoring(item: QuestionnaireItem, value: number): AnswerChoice {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw new Error(`no answer ${value} on the 1–5 scale`);
  return (item.reverse ? 6 - value : value) as AnswerChoice;
}

/**
 * Answers a scan per domain: `perDomain[domainId]` lists the scored values (1–5) of that domain's items in
 * order. Returns the chooser for answerAllDomains and the expected domain scores (0–100).
 */
export function answerPlan(
  questionnaire: QuestionnaireData,
  perDomain: Record<string, readonly number[]>,
): { choose: (item: QuestionnaireItem) => AnswerChoice; domainScores: Record<string, number>; overall: number } {
  const domainScores: Record<string, number> = {};
  for (const domain of questionnaire.domains) {
    const values = perDomain[domain.id];
    if (!values) throw new Error(`no answers planned for ${domain.id}`);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    domainScores[domain.id] = ((mean - 1) / 4) * 100;
  }
  const scores = Object.values(domainScores);
  const overall = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return {
    choose: (item) => {
      const domainItems = questionnaire.items.filter((candidate) => candidate.domain === item.domain);
      const value = perDomain[item.domain]?.[domainItems.indexOf(item)];
      if (!value) throw new Error(`no answer planned for ${item.id}`);
      return answerScoring(item, value);
    },
    domainScores,
    overall,
  };
}

/**
 * Opens an invite link the way the client's manager would: a separate browser context with no account or
 * cookies (and a Dutch browser, so the page language can only come from the link). Answers every domain,
 * submits, and returns the results page (still open) and its share token. Close `context` when done.
 */
export async function answerInvite(
  browser: Browser,
  testInfo: TestInfo,
  inviteUrl: string,
  options: { language: Locale; organisation: string; choose: (item: QuestionnaireItem) => AnswerChoice },
): Promise<{ context: BrowserContext; page: Page; shareToken: string }> {
  const { language, organisation, choose } = options;
  const context = await newContext(browser, "nl", testInfo);
  const page = await context.newPage();
  await page.goto(inviteUrl);
  // proxy.ts stores the language and continues on the clean link.
  await expect(page).toHaveURL(SCAN_OVERVIEW_URL);
  const token = tokenFromUrl(page.url());
  expect(token).toBe(inviteToken(inviteUrl));
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(
    page.getByRole("heading", { level: 1, name: t(language, "scan.overviewTitle", { organisation }) }),
  ).toBeVisible();
  await page.getByRole("link", { name: exactly(t(language, "scan.begin")) }).click();
  await answerAllDomains(page, language, token, readQuestionnaire("quick"), choose);
  const shareToken = await submitReview(page, language);
  await expect(
    page.getByRole("heading", { level: 1, name: t(language, "results.title", { organisation }) }),
  ).toBeVisible();
  return { context, page, shareToken };
}

// --- Dashboard ---

/** The text of one column of a table's body rows, the column found by its header's accessible name. */
export async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = await table.locator("thead th").evaluateAll((cells) =>
    cells.map((cell) => {
      // The header's own text without the decorative (aria-hidden) sort arrow.
      const clone = cell.cloneNode(true) as HTMLElement;
      for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return clone.textContent?.replace(/\s+/g, " ").trim() ?? "";
    }),
  );
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" in ${headers.join(" | ")}`);
  return table
    .locator("tbody tr")
    .evaluateAll(
      (rows, column) => rows.map((row) => row.children[column]?.textContent?.replace(/\s+/g, " ").trim() ?? ""),
      index,
    );
}

/** Scores as the dashboard shows them: a number, or null for the dash of a client without a scan. */
export function parseScore(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

// --- Exports ---

/** A small RFC 4180 reader for the ";"-separated exports (quoted cells, doubled quotes, CRLF). */
export function parseCsv(text: string, delimiter = ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      // handled with the "\n"
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A CSV number written with a decimal comma ("81,3"). */
export function csvNumber(cell: string | undefined): number | null {
  return cell === undefined || cell === "" ? null : Number(cell.replace(",", "."));
}

export function exportUrl(clientId: string, kind: "assessments" | "answers", format: "csv" | "json"): string {
  return `/api/clients/${clientId}/export?kind=${kind}&format=${format}`;
}

export async function expectStatus(response: APIResponse, status: number, what: string): Promise<void> {
  expect(response.status(), `${what}: ${await response.text().catch(() => "")}`).toBe(status);
}

// --- Page checks ---

/** The "page not found" page with HTTP status 404. */
export async function expectNotFound(page: Page, locale: Locale, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: t(locale, "notFound.title") }), path).toBeVisible();
}

/** Fails when the page scrolls sideways at its current width (a table in its own scroll box is fine). */
export async function expectNoHorizontalScroll(page: Page, name: string): Promise<void> {
  // Right after a viewport change the charts (recharts' ResponsiveContainer) re-measure on the next resize
  // observation; give the page a moment to settle before judging it. A page that really is too wide still fails
  // below, with the elements named.
  await expect
    .poll(() => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth - innerWidth), {
      timeout: 3_000,
    })
    .toBeLessThanOrEqual(1)
    .catch(() => undefined);
  const { scrollWidth, width, wider } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // For the message: the outermost elements sticking out, leaving out those inside a scroll box.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const wider = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(element))
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">`);
    return { scrollWidth: root.scrollWidth, width: window.innerWidth, wider };
  });
  expect(
    scrollWidth,
    `${name} scrolls sideways at ${width} px; wider elements: ${wider.join(", ")}`,
  ).toBeLessThanOrEqual(width + 1);
}

// --- The test database (SQLite or PostgreSQL, whichever the web server uses) ---

/** The workspace of the consultant with this email (made at sign-up). */
export async function workspaceIdOf(email: string): Promise<string> {
  const [row] = await testDatabase().all(
    'SELECT m."workspaceId" AS id FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" = ? ORDER BY m."createdAt" LIMIT 1',
    [email.toLowerCase()],
  );
  const id = typeof row?.id === "string" ? row.id : undefined;
  if (!id) throw new Error(`no workspace for ${email}`);
  return id;
}

export async function countUsers(email: string): Promise<number> {
  return countRows('SELECT COUNT(*) AS count FROM "User" WHERE "email" = ?', [email.toLowerCase()]);
}

export async function countClients(workspaceId: string): Promise<number> {
  return countRows('SELECT COUNT(*) AS count FROM "Client" WHERE "workspaceId" = ?', [workspaceId]);
}

export interface SeedClient {
  name: string;
  sector: string;
  sizeBand: string;
  /** The dashboard summary of the latest submitted scan; all null for a client without scans. */
  latest: { score: number; level: string; change: number | null; submittedAt: Date; weakestDomain: string } | null;
  submittedCount?: number;
}

function newId(): string {
  // Lower-case letters and digits, like the app's cuids, so idSchema accepts it in URLs.
  return `e2e${randomBytes(12).toString("hex")}`;
}

/** Inserts clients with a ready-made dashboard summary straight into a workspace. Returns their ids. */
export async function insertClients(workspaceId: string, clients: readonly SeedClient[]): Promise<string[]> {
  const sql = `INSERT INTO "Client" ("id", "workspaceId", "name", "nameKey", "sector", "sizeBand", "notes", "archivedAt",
        "createdAt", "updatedAt", "submittedCount", "latestScanId", "latestSubmittedAt", "latestScore",
        "latestLevel", "latestChange", "weakestDomain")
       VALUES (?, ?, ?, ?, ?, ?, '', NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`;
  const ids = clients.map(() => newId());
  const now = new Date();
  await testDatabase().transaction(
    clients.map((client, index) => {
      const latest = client.latest;
      return {
        sql,
        params: [
          ids[index] ?? "",
          workspaceId,
          client.name,
          nameKey(client.name),
          client.sector,
          client.sizeBand,
          now,
          now,
          client.submittedCount ?? (latest ? 1 : 0),
          latest ? latest.submittedAt : null,
          latest?.score ?? null,
          latest?.level ?? null,
          latest?.change ?? null,
          latest?.weakestDomain ?? null,
        ],
      };
    }),
  );
  return ids;
}
