import { type BrowserContext, expect, type Page } from "@playwright/test";
import { msg } from "@/tests/e2e/support/consultant-helpers";
import {
  type AnswerChoice,
  answerItems,
  exactly,
  goToNextStep,
  itemsOfDomain,
  type Locale,
  type QuestionnaireData,
  type QuestionnaireItem,
  stepUrl,
  TOKEN,
  tokenFromUrl,
} from "@/tests/e2e/support/scan-helpers";

export const ORGANISER_URL = /\/rounds\/[A-Za-z0-9_-]{32}(\?new=1)?$/;
export const DONE_URL = /\/scan\/[A-Za-z0-9_-]{32}\/done$/;

/**
 * Fills the round form (on /rounds/new or the client page) with the quick scan and submits it: a team link
 * expecting `expected` respondents (30 unless said), or sealed invitations. A minimum below 5 is confirmed.
 */
export async function openRoundForm(
  page: Page,
  locale: Locale,
  options: {
    organisation?: string;
    teams?: string[];
    minGroupSize?: number;
    expected?: number;
    sealed?: boolean;
    /** What respondents answer for; the form's default (the organisation) when left out. */
    scope?: "organisation" | "team";
  } = {},
): Promise<string> {
  if (options.organisation !== undefined) {
    await page.getByRole("textbox", { name: exactly(msg(locale, "start.organisation")) }).fill(options.organisation);
  }
  await page.getByRole("radio", { name: exactly(msg(locale, "round.form.kindOption.quick")) }).check();
  if (options.scope) {
    await page.getByRole("radio", { name: exactly(msg(locale, `round.form.scopeOption.${options.scope}`)) }).check();
  }
  if (options.teams) {
    await page
      .getByRole("textbox", { name: new RegExp(`^${msg(locale, "round.form.teams")}`) })
      .fill(options.teams.join("\n"));
  }
  if (options.minGroupSize !== undefined) {
    await page
      .getByRole("spinbutton", { name: exactly(msg(locale, "round.form.minGroupSize")) })
      .fill(String(options.minGroupSize));
    if (options.minGroupSize < 5) {
      await page
        .getByRole("checkbox", {
          name: exactly(msg(locale, "anonymity.form.confirmSmallGroups", { min: options.minGroupSize })),
        })
        .check();
    }
  }
  if (options.sealed) {
    await page.getByRole("radio", { name: new RegExp(`^${msg(locale, "anonymity.form.modeSealed")}`) }).check();
  } else {
    await page
      .getByRole("spinbutton", { name: exactly(msg(locale, "anonymity.form.expected")) })
      .fill(String(options.expected ?? 30));
  }
  await page.getByRole("button", { name: exactly(msg(locale, "round.form.submit")) }).click();
  await page.waitForURL(ORGANISER_URL);
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

/** The value of a copy-link field on the organiser page. */
export async function copyLinkValue(page: Page, label: string): Promise<string> {
  const value = await page.getByRole("textbox", { name: exactly(label) }).inputValue();
  expect(value).toMatch(/^https?:\/\//);
  return value;
}

/** Opens the team link or a personal link, chooses role and team, and ends on the first domain page. */
export async function startRoundResponse(
  page: Page,
  locale: Locale,
  link: string,
  options: { role: string; team?: string },
): Promise<string> {
  await page.goto(link);
  await page.getByRole("radio", { name: exactly(msg(locale, `roles.${options.role}`)) }).check();
  if (options.team)
    await page.getByRole("combobox", { name: exactly(msg(locale, "round.join.team")) }).selectOption(options.team);
  await page.getByRole("button", { name: exactly(msg(locale, "round.join.submit")) }).click();
  await page.waitForURL(/\/scan\/[A-Za-z0-9_-]{32}$/);
  const token = tokenFromUrl(page.url());
  expect(token).toMatch(TOKEN);
  return token;
}

/** From the overview: answer every domain with `choose`, then submit on the review page; ends on the thank-you page. */
export async function answerAndSubmitRound(
  page: Page,
  locale: Locale,
  token: string,
  questionnaire: QuestionnaireData,
  choose: (item: QuestionnaireItem) => AnswerChoice,
): Promise<void> {
  await page.goto(`/scan/${token}/1`);
  await expect(page).toHaveURL(stepUrl(token, 1));
  // Page by page like answerAllDomains, without assuming nothing was answered before.
  for (const [index, domain] of questionnaire.domains.entries()) {
    const step = index + 1;
    await expect(page.getByRole("heading", { level: 1, name: domain.name[locale] })).toBeVisible();
    await answerItems(page, itemsOfDomain(questionnaire, domain.id), choose);
    await goToNextStep(page, locale, token, step === questionnaire.domains.length ? "review" : step + 1);
  }
  await page.getByRole("button", { name: exactly(msg(locale, "review.submitRound")) }).click();
  await page.waitForURL(DONE_URL);
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "round.done.title") })).toBeVisible();
}

export async function closeContexts(contexts: readonly BrowserContext[]): Promise<void> {
  await Promise.all(contexts.map((context) => context.close()));
}
