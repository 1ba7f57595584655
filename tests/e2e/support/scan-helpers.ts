import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Locator, type Page } from "@playwright/test";
import { countRows } from "@/tests/e2e/support/test-database";

/**
 * Shared steps for the end-to-end journeys: the questionnaire and message files read straight from disk
 * (so the tests follow the content), starting a scan through the UI, answering a domain with a pattern,
 * moving between steps and submitting. Everything goes through labels and roles, except the answer
 * radios, which are found by their form name `answer.<itemId>`.
 */

export type Locale = "nl" | "en";
export type ScanKind = "full" | "quick";
export type Role = "board" | "manager" | "employee" | "other";
/** A scale point, "na" (not applicable; in v1 "don't know / n.a.") or "dk" (don't know, v2). */
export type AnswerChoice = 1 | 2 | 3 | 4 | 5 | "na" | "dk";

type LocalizedText = Record<Locale, string>;

export interface QuestionnaireItem {
  id: string;
  domain: string;
  reverse?: boolean;
  statement: LocalizedText;
}

export interface QuestionnaireRecommendation {
  id: string;
  title: LocalizedText;
  addresses?: string[];
}

export interface QuestionnaireDomain {
  id: string;
  name: LocalizedText;
  /** A domain's own wording of some levels (optional in the file: v2 domains use the general wording). */
  levels?: Record<string, { name?: LocalizedText } | undefined>;
  recommendations: Record<string, QuestionnaireRecommendation[] | undefined>;
}

export interface QuestionnaireLevel {
  id: string;
  from: number;
  name: LocalizedText;
}

export interface QuestionnaireData {
  id: string;
  version: number;
  kind: ScanKind;
  scale: {
    points: Array<{ value: number; label: LocalizedText }>;
    notApplicable?: { label: LocalizedText };
    dontKnow?: { label: LocalizedText };
  };
  /** v3 on: the instruction and scale labels per round scope. */
  scopes?: Record<"organisation" | "team", { instruction: LocalizedText; points: LocalizedText[] }>;
  minAnsweredShare: number;
  minScoredDomains?: number;
  estimatedMinutes: number;
  domains: QuestionnaireDomain[];
  items: QuestionnaireItem[];
  levels: QuestionnaireLevel[];
}

/** Browser locales whose Accept-Language header resolves to each app language. */
export const BROWSER_LOCALE: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/** A token as the app makes them: 32 characters of [A-Za-z0-9_-]. */
export const TOKEN = /^[A-Za-z0-9_-]{32}$/;
const TOKEN_SOURCE = "[A-Za-z0-9_-]{32}";
export const SCAN_OVERVIEW_URL = new RegExp(`/scan/${TOKEN_SOURCE}$`);
export const RESULTS_URL = new RegExp(`/results/${TOKEN_SOURCE}$`);

function repoFile(relative: string): string {
  return fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(repoFile(relative), "utf8")) as T;
}

const questionnaireCache = new Map<string, QuestionnaireData>();

/**
 * The version new scans of a kind start on, by the app's rule (lib/questionnaire/registry.ts, latestByKind):
 * the highest version registered in questionnaires/index.ts. A file lying in questionnaires/ but not
 * registered is not served, so the folder listing is not the answer. (Reading the list keeps the questionnaire
 * JSON and its validation out of the test runner's module graph.)
 */
export function newestVersion(kind: ScanKind): number {
  const registered = readFileSync(repoFile("questionnaires/index.ts"), "utf8");
  const pattern = new RegExp(`file: "questionnaires/klantkompas-${kind}\\.v(\\d+)\\.json"`, "g");
  const versions = [...registered.matchAll(pattern)].flatMap((match) => (match[1] ? [Number(match[1])] : []));
  if (versions.length === 0) throw new Error(`no ${kind} questionnaire registered in questionnaires/index.ts`);
  return Math.max(...versions);
}

/** The questionnaire definition as the app loads it: by default the version new scans start on. */
export function readQuestionnaire(kind: ScanKind, version = newestVersion(kind)): QuestionnaireData {
  const key = `${kind}.v${version}`;
  let questionnaire = questionnaireCache.get(key);
  if (!questionnaire) {
    questionnaire = readJson<QuestionnaireData>(`questionnaires/klantkompas-${kind}.v${version}.json`);
    questionnaireCache.set(key, questionnaire);
  }
  return questionnaire;
}

/** The label of an answer on the questionnaire's scale. */
export function answerLabel(questionnaire: QuestionnaireData, value: AnswerChoice, locale: Locale): string {
  if (value === "na") return questionnaire.scale.notApplicable?.label[locale] ?? "";
  if (value === "dk") return questionnaire.scale.dontKnow?.label[locale] ?? "";
  return questionnaire.scale.points.find((point) => point.value === value)?.label[locale] ?? "";
}

export function itemsOfDomain(questionnaire: QuestionnaireData, domainId: string): QuestionnaireItem[] {
  return questionnaire.items.filter((item) => item.domain === domainId);
}

/** The level whose band holds the score (levels are ordered by `from`; the last includes 100). */
export function levelForScore(questionnaire: QuestionnaireData, score: number): QuestionnaireLevel {
  const level = [...questionnaire.levels].reverse().find((candidate) => score >= candidate.from);
  if (!level) throw new Error(`no level for score ${score} in ${questionnaire.id}`);
  return level;
}

type MessageTree = { [key: string]: string | MessageTree };
const messageCache = new Map<Locale, MessageTree>();

/**
 * A UI text from lib/i18n/messages/<locale>.json or a feature catalogue (lib/i18n/messages/<feature>/<locale>.json)
 * with simple `{name}` placeholders filled in. (ICU plurals are not supported; assert those texts literally.)
 */
export function t(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  let tree = messageCache.get(locale);
  if (!tree) {
    const features = readdirSync(repoFile("lib/i18n/messages"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => readJson<MessageTree>(`lib/i18n/messages/${entry.name}/${locale}.json`));
    tree = Object.assign({}, readJson<MessageTree>(`lib/i18n/messages/${locale}.json`), ...features) as MessageTree;
    messageCache.set(locale, tree);
  }
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split(".")) {
    node = typeof node === "object" ? node[part] : undefined;
  }
  if (typeof node !== "string") throw new Error(`no message "${key}" for ${locale}`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches the whole accessible name (or text) exactly, as a RegExp. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}

/** Matches a name that starts with the text (e.g. a link with an extra screen-reader-only suffix). */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}`);
}

/** An organisation name no other test uses, so parallel tests never see each other's data. */
export function uniqueOrganisation(prefix = "E2E Organisatie"): string {
  return `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function tokenFromUrl(url: string): string {
  const match = /\/(?:scan|results)\/([A-Za-z0-9_-]{32})(?:[/?#]|$)/.exec(url);
  if (!match?.[1]) throw new Error(`no token in ${url}`);
  return match[1];
}

export interface StartOptions {
  organisation?: string;
  role?: Role;
  team?: string;
}

/** Fills the start form on /scan/new (whatever way the page was reached) and submits it. */
export async function fillAndSubmitStartForm(
  page: Page,
  locale: Locale,
  options: StartOptions = {},
): Promise<{ token: string; organisation: string }> {
  const organisation = options.organisation ?? uniqueOrganisation();
  await page.getByRole("textbox", { name: exactly(t(locale, "start.organisation")) }).fill(organisation);
  await page.getByRole("radio", { name: exactly(t(locale, `roles.${options.role ?? "manager"}`)) }).check();
  if (options.team !== undefined) {
    await page.getByRole("textbox", { name: startingWith(t(locale, "start.team")) }).fill(options.team);
  }
  await page.getByRole("button", { name: exactly(t(locale, "start.submit")) }).click();
  await page.waitForURL(SCAN_OVERVIEW_URL);
  return { token: tokenFromUrl(page.url()), organisation };
}

/** Opens the start form for a kind of scan and starts one; ends on the scan overview. */
export async function startScan(
  page: Page,
  locale: Locale,
  kind: ScanKind = "quick",
  options: StartOptions = {},
): Promise<{ token: string; organisation: string }> {
  await page.goto(`/scan/new?type=${kind}`);
  await expect(page.getByRole("heading", { level: 1, name: t(locale, "start.title") })).toBeVisible();
  return fillAndSubmitStartForm(page, locale, options);
}

/** The radio for one answer of one item. */
export function answerRadio(page: Page, itemId: string, value: AnswerChoice): Locator {
  return page.locator(`input[type="radio"][name="answer.${itemId}"][value="${value}"]`);
}

/** The auto-save status line (role=status, data-save-state). */
export function saveStatus(page: Page): Locator {
  return page.locator("[data-save-state]");
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveAttribute("data-save-state", "saved");
}

/** Answers items on the current domain page with the mouse and waits until every answer is saved. */
export async function answerItems(
  page: Page,
  items: QuestionnaireItem[],
  choose: (item: QuestionnaireItem) => AnswerChoice,
): Promise<void> {
  for (const item of items) {
    // check() itself fails when the radio does not end up checked.
    await answerRadio(page, item.id, choose(item)).check();
  }
  await waitForSaved(page);
}

/** Asserts the radios of the given items show the chosen answers. */
export async function expectAnswers(
  page: Page,
  items: QuestionnaireItem[],
  choose: (item: QuestionnaireItem) => AnswerChoice,
): Promise<void> {
  for (const item of items) await expect(answerRadio(page, item.id, choose(item))).toBeChecked();
}

/** Asserts no radio of the item is checked. */
export async function expectUnanswered(page: Page, item: QuestionnaireItem): Promise<void> {
  await expect(page.locator(`input[type="radio"][name="answer.${item.id}"]:checked`)).toHaveCount(0);
}

/** The "X van Y beantwoord" / "X of Y answered" text of the progress bar. */
export function progressText(locale: Locale, answered: number, total: number): string {
  return t(locale, "scan.answeredOf", { answered, total });
}

export async function expectProgress(page: Page, locale: Locale, answered: number, total: number): Promise<void> {
  const progressbar = page.getByRole("progressbar", { name: t(locale, "scan.progressLabel") });
  await expect(progressbar).toHaveAttribute("aria-valuenow", String(answered));
  await expect(page.getByText(progressText(locale, answered, total), { exact: true }).first()).toBeVisible();
}

export function stepUrl(token: string, step: number | "review"): RegExp {
  return new RegExp(`/scan/${escapeRegExp(token)}/${step}$`);
}

/** Clicks "Volgend domein" (or "Controleren en inleveren" on the last domain) and waits for the next page. */
export async function goToNextStep(page: Page, locale: Locale, token: string, nextStep: number | "review") {
  const label = nextStep === "review" ? t(locale, "scan.toReview") : t(locale, "scan.next");
  await page.getByRole("button", { name: exactly(label) }).click();
  await page.waitForURL(stepUrl(token, nextStep));
}

/** The usual pattern: answer each item of a domain page by page, from the current step to the review. */
export async function answerAllDomains(
  page: Page,
  locale: Locale,
  token: string,
  questionnaire: QuestionnaireData,
  choose: (item: QuestionnaireItem) => AnswerChoice,
): Promise<void> {
  const total = questionnaire.items.length;
  let answered = 0;
  for (const [index, domain] of questionnaire.domains.entries()) {
    const step = index + 1;
    await expect(page).toHaveURL(stepUrl(token, step));
    await expect(page.getByRole("heading", { level: 1, name: domain.name[locale] })).toBeVisible();
    await expectProgress(page, locale, answered, total);
    const items = itemsOfDomain(questionnaire, domain.id);
    await answerItems(page, items, choose);
    answered += items.length;
    await expectProgress(page, locale, answered, total);
    await goToNextStep(page, locale, token, step === questionnaire.domains.length ? "review" : step + 1);
  }
}

/** Clicks "Inleveren en resultaten bekijken" on the review page and waits for the results. */
export async function submitReview(page: Page, locale: Locale): Promise<string> {
  await page.getByRole("button", { name: exactly(t(locale, "review.submit")) }).click();
  await page.waitForURL(RESULTS_URL);
  return tokenFromUrl(page.url());
}

/** Answers that give every domain a mean of 4 on the 1–5 scale (a score of 75): reverse items get 2. */
export function seventyFivePattern(item: QuestionnaireItem): AnswerChoice {
  return item.reverse ? 2 : 4;
}

/** The radar chart on the results page (an SVG; its labels wrap over several lines). */
export function resultsChart(page: Page): Locator {
  return page.getByRole("main").locator("svg").first();
}

/** Asserts the radar chart shows a text, ignoring the whitespace lost where labels wrap. */
export async function expectChartToShow(page: Page, text: string): Promise<void> {
  const squeeze = (value: string) => value.replace(/\s+/g, "");
  await expect(resultsChart(page)).toBeVisible();
  await expect
    .poll(async () => squeeze((await resultsChart(page).textContent()) ?? ""), { message: `radar shows "${text}"` })
    .toContain(squeeze(text));
}

/** The level name a domain card shows: the domain's own wording where it has one. */
export function domainLevelName(domain: QuestionnaireDomain, level: QuestionnaireLevel, locale: Locale): string {
  return (domain.levels?.[level.id]?.name ?? level.name)[locale];
}

/** The results page region with the domain cards. */
export function domainCards(page: Page, locale: Locale): Locator {
  return page.getByRole("region", { name: t(locale, "results.perDomain") }).getByRole("article");
}

/** The domain card with the given domain name as its heading. */
export function domainCard(page: Page, locale: Locale, domain: QuestionnaireDomain): Locator {
  return domainCards(page, locale).filter({
    has: page.getByRole("heading", { level: 3, name: domain.name[locale], exact: true }),
  });
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
export async function tabUntil(
  page: Page,
  matches: (active: ActiveElement) => boolean,
  description: string,
  max = 40,
): Promise<ActiveElement> {
  const seen: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    const active = await activeElement(page);
    if (matches(active)) return active;
    seen.push(`${active.tag}${active.name ? `[name=${active.name}]` : ""} "${active.label}"`);
  }
  throw new Error(`Tab never reached ${description} in ${max} presses; focus went through:\n${seen.join("\n")}`);
}

export interface ActiveElement {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  /** Visible text, aria-label or the text of the enclosing label. */
  label: string;
  insideMain: boolean;
}

export async function activeElement(page: Page): Promise<ActiveElement> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { tag: "", type: "", name: "", value: "", checked: false, label: "", insideMain: false };
    const input = element as HTMLInputElement;
    const text = (element.getAttribute("aria-label") ?? element.closest("label")?.textContent ?? element.textContent)
      ?.replace(/\s+/g, " ")
      .trim();
    return {
      tag: element.tagName.toLowerCase(),
      type: input.type ?? "",
      name: input.name ?? "",
      value: input.value ?? "",
      checked: Boolean(input.checked),
      label: text ?? "",
      insideMain: Boolean(element.closest("main")),
    };
  });
}

/**
 * The visible focus indicator of the focused element: its own outline, or that of the label around it
 * (the answer tiles draw the ring on the label). Null when there is none.
 */
export async function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    for (const candidate of [element, element.closest("label")]) {
      if (!candidate) continue;
      const style = getComputedStyle(candidate);
      if (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) {
        return `outline ${style.outlineStyle} ${style.outlineWidth} on <${candidate.tagName.toLowerCase()}>`;
      }
    }
    return null;
  });
}

/**
 * How many scans the app's database holds for an organisation name: the same database the
 * Playwright web server uses (SQLite or PostgreSQL). Read-only.
 */
export async function countScansNamed(organisation: string): Promise<number> {
  return countRows('SELECT COUNT(*) AS count FROM "Scan" WHERE "organisationName" = ?', [organisation]);
}
