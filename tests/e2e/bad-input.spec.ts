import { expect, type Page, test } from "@playwright/test";
import {
  BROWSER_LOCALE,
  countScansNamed,
  exactly,
  RESULTS_URL,
  SCAN_OVERVIEW_URL,
  startingWith,
  startScan,
  submitReview,
  TOKEN,
  t,
  tokenFromUrl,
  uniqueOrganisation,
} from "@/tests/e2e/support/scan-helpers";

// Bad input never creates anything and never ends in a server error: the start form explains what is
// missing, and malformed or unknown links show the "page not found" page with HTTP status 404.

test.use({ locale: BROWSER_LOCALE.nl });
// Several page loads and saves each; room for a slow machine.
test.describe.configure({ timeout: 60_000 });

function randomToken(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  let token = "";
  for (let index = 0; index < 32; index++) token += alphabet[Math.floor(Math.random() * alphabet.length)];
  return token;
}

async function expectNotFound(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "notFound.title") }), path).toBeVisible();
  await expect(page.getByText(t("nl", "notFound.text")), path).toBeVisible();
  await expect(page.getByRole("link", { name: t("nl", "common.backHome") }), path).toHaveAttribute("href", "/");
}

test("an empty or incomplete start form shows readable errors, stays on the page and creates nothing", async ({
  page,
}) => {
  await page.goto("/scan/new?type=quick");
  const organisationField = page.getByRole("textbox", { name: exactly(t("nl", "start.organisation")) });
  const manager = page.getByRole("radio", { name: t("nl", "roles.manager") });
  const submit = page.getByRole("button", { name: exactly(t("nl", "start.submit")) });

  // Empty: both required fields are named, and the field points at its error.
  await submit.click();
  await expect(page.getByText(t("nl", "errors.checkFields"))).toBeVisible();
  await expect(page.getByText(t("nl", "errors.organisationRequired"))).toBeVisible();
  await expect(page.getByText(t("nl", "errors.roleRequired"))).toBeVisible();
  await expect(organisationField).toHaveAttribute("aria-invalid", "true");
  await expect(organisationField).toHaveAccessibleDescription(t("nl", "errors.organisationRequired"));
  await expect(page.getByRole("group", { name: t("nl", "start.role") })).toHaveAccessibleDescription(
    t("nl", "errors.roleRequired"),
  );
  await expect(page).toHaveURL(/\/scan\/new\?type=quick$/);
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "start.title") })).toBeVisible();

  // A name but no role: only the role error remains, and nothing is stored under that name.
  const organisation = uniqueOrganisation("Onvolledig");
  await organisationField.fill(organisation);
  await submit.click();
  await expect(page.getByText(t("nl", "errors.organisationRequired"))).toHaveCount(0);
  await expect(page.getByText(t("nl", "errors.roleRequired"))).toBeVisible();
  await expect(organisationField).toHaveAttribute("aria-invalid", "false");
  await expect(page).toHaveURL(/\/scan\/new\?type=quick$/);
  expect(await countScansNamed(organisation)).toBe(0);

  // Only spaces as a name counts as empty.
  await organisationField.fill("   ");
  await manager.check();
  await submit.click();
  await expect(page.getByText(t("nl", "errors.organisationRequired"))).toBeVisible();
  await expect(page.getByText(t("nl", "errors.roleRequired"))).toHaveCount(0);
  await expect(page).toHaveURL(/\/scan\/new\?type=quick$/);
  expect(await countScansNamed("")).toBe(0);
  expect(await countScansNamed("   ")).toBe(0);

  // Corrected, the same form starts exactly one scan (which also shows the count above can see rows).
  await organisationField.fill(organisation);
  await manager.check();
  await submit.click();
  await page.waitForURL(SCAN_OVERVIEW_URL);
  expect(await countScansNamed(organisation)).toBe(1);
});

test("a start form with an error keeps what was already filled in", async ({ page }) => {
  await page.goto("/scan/new?type=quick");
  const organisation = uniqueOrganisation("Bewaard");
  const organisationField = page.getByRole("textbox", { name: exactly(t("nl", "start.organisation")) });
  const teamField = page.getByRole("textbox", { name: startingWith(t("nl", "start.team")) });

  // The name and team are filled in, the role is forgotten.
  await organisationField.fill(organisation);
  await teamField.fill("Klantenservice");
  await page.getByRole("button", { name: exactly(t("nl", "start.submit")) }).click();
  await expect(page.getByText(t("nl", "errors.roleRequired"))).toBeVisible();

  // Only the role needs fixing: what was typed is still there.
  await expect(organisationField).toHaveValue(organisation);
  await expect(teamField).toHaveValue("Klantenservice");

  // And the role chosen on a failed attempt (the name was missing) stays chosen.
  await organisationField.fill("");
  await page.getByRole("radio", { name: t("nl", "roles.employee") }).check();
  await page.getByRole("button", { name: exactly(t("nl", "start.submit")) }).click();
  await expect(page.getByText(t("nl", "errors.organisationRequired"))).toBeVisible();
  await expect(page.getByRole("radio", { name: t("nl", "roles.employee") })).toBeChecked();
});

test("malformed and unknown links show the not-found page with status 404", async ({ page }) => {
  const serverErrors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
  });
  const unknown = randomToken();
  expect(unknown).toMatch(TOKEN);
  const paths = [
    "/scan/abc",
    "/scan/abc/1",
    "/scan/abc/review",
    "/results/abc",
    `/scan/${unknown}x`, // 33 characters
    `/results/${unknown.slice(1)}`, // 31 characters
    `/scan/${unknown}`,
    `/scan/${unknown}/1`,
    `/scan/${unknown}/review`,
    `/results/${unknown}`,
    "/scan/new?type=bogus",
    "/this-page-does-not-exist",
  ];
  for (const path of paths) await expectNotFound(page, path);
  expect(serverErrors).toEqual([]);
});

test("a step outside the questionnaire is a 404; the steps inside it are not", async ({ page }) => {
  const { token } = await startScan(page, "nl", "quick");
  for (const step of ["9", "7", "0", "99", "-1", "1.5", "abc", "100"])
    await expectNotFound(page, `/scan/${token}/${step}`);
  for (const step of ["1", "6", "review"]) {
    const response = await page.goto(`/scan/${token}/${step}`);
    expect(response?.status(), `/scan/${token}/${step}`).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "notFound.title") })).toHaveCount(0);
  }
});

test("the resume link and the results link are different keys and do not open each other's pages", async ({ page }) => {
  const { token: resumeToken } = await startScan(page, "nl", "quick");
  await page.goto(`/scan/${resumeToken}/review`);
  await submitReview(page, "nl");
  await expect(page).toHaveURL(RESULTS_URL);
  const shareToken = tokenFromUrl(page.url());
  expect(shareToken).not.toBe(resumeToken);

  await expectNotFound(page, `/results/${resumeToken}`);
  await expectNotFound(page, `/scan/${shareToken}`);
  await expectNotFound(page, `/scan/${shareToken}/1`);
});
