import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import {
  authFields,
  clientFields,
  countClients,
  countUsers,
  createClient,
  expectSignedUpNotice,
  formMessage,
  msg,
  newAccount,
  newContext,
  section,
  signOut,
  signUp,
  submitSignIn,
  submitSignUp,
  uniqueClientName,
  uniqueEmail,
  workspaceIdOf,
} from "@/tests/e2e/support/consultant-helpers";
import { BROWSER_LOCALE, escapeRegExp, exactly } from "@/tests/e2e/support/scan-helpers";

// Forms that say no: sign-up with a weak password or a taken address, wrong passwords and the throttle
// behind them, a client without a name. Each refusal is readable, keeps what was typed (never the password)
// and stores nothing. And archiving, which asks first, hides the client, can be undone, and blocks new scans.

test.use({ locale: BROWSER_LOCALE.nl });
test.describe.configure({ timeout: 90_000 });

/** The throttle's account rule, read from lib/server/auth/sign-in-throttle.ts so the test follows it. */
function accountThrottleRule(): { freeAttempts: number; firstDelaySeconds: number } {
  const source = readFileSync(
    fileURLToPath(new URL("../../lib/server/auth/sign-in-throttle.ts", import.meta.url)),
    "utf8",
  );
  const rule = /account:\s*\{\s*freeAttempts:\s*(\d+),\s*firstDelaySeconds:\s*(\d+)/.exec(source);
  if (!rule?.[1] || !rule[2])
    throw new Error("THROTTLE_RULES.account not found in lib/server/auth/sign-in-throttle.ts");
  return { freeAttempts: Number(rule[1]), firstDelaySeconds: Number(rule[2]) };
}

async function expectSignInRefused(
  page: Page,
  email: string,
  password: string,
  message: string | RegExp,
): Promise<void> {
  await submitSignIn(page, "nl", email, password);
  await expect(formMessage(page)).toHaveText(message);
  await expect(page).toHaveURL(/\/sign-in$/);
  // The address stays, the password does not.
  await expect(authFields(page, "nl").email).toHaveValue(email);
  await expect(authFields(page, "nl").password).toHaveValue("");
}

test("sign-up refuses a common password and a short one, keeps name and email, creates nothing; a taken address answers like a new one", async ({
  page,
  browser,
}, testInfo) => {
  // Someone who already has an account.
  const existing = newAccount("taken");
  const other = await newContext(browser, "nl", testInfo);
  await signUp(await other.newPage(), "nl", existing);
  await other.close();

  await page.goto("/sign-up");
  const fields = authFields(page, "nl");
  const short = "kort123";
  expect(short).toHaveLength(7);
  const attempts = [
    { account: { ...newAccount("common"), password: "password123" }, field: "password", error: "passwordCommon" },
    { account: { ...newAccount("common"), password: "welkom01" }, field: "password", error: "passwordCommon" },
    { account: { ...newAccount("short"), password: short }, field: "password", error: "passwordTooShort" },
  ] as const;
  for (const { account, field, error } of attempts) {
    await submitSignUp(page, "nl", account);
    const errorText = msg("nl", `auth.errors.${error}`);
    await expect(fields[field]).toHaveAttribute("aria-invalid", "true");
    // The field points at its error (after the password's hint).
    await expect(fields[field]).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(errorText)}$`));
    await expect(page.getByText(errorText, { exact: true })).toBeVisible();
    await expect(formMessage(page)).toHaveText(msg("nl", "errors.checkFields"));
    await expect(page).toHaveURL(/\/sign-up$/);
    // Name and email refilled, the password never.
    await expect(fields.name).toHaveValue(account.name);
    await expect(fields.email).toHaveValue(account.email);
    await expect(fields.password).toHaveValue("");
  }

  // Nothing was created: no user rows, and signing in with those details fails.
  for (const { account } of attempts) expect(await countUsers(account.email)).toBe(0);

  // A taken address: the same notice as a new one (sign-up never says who has an account), nothing stored.
  const second = { name: "Tweede Poging", email: existing.email, password: "groene giraf zwemt 17" };
  await submitSignUp(page, "nl", second);
  await expectSignedUpNotice(page, "nl");
  expect(await countUsers(existing.email)).toBe(1);
  await page.goto("/sign-in");
  const invalid = msg("nl", "auth.errors.invalidCredentials");
  await expectSignInRefused(page, attempts[0].account.email, attempts[0].account.password, invalid);
  await expectSignInRefused(page, attempts[2].account.email, attempts[2].account.password, invalid);
  // The taken address kept its own password.
  await expectSignInRefused(page, existing.email, second.password, invalid);
  await submitSignIn(page, "nl", existing.email, existing.password);
  await page.waitForURL(/\/dashboard$/);
});

test("a wrong password is refused, and after repeated failures even the right one waits a little", async ({ page }) => {
  const { freeAttempts, firstDelaySeconds } = accountThrottleRule();
  const account = await signUp(page, "nl", newAccount("throttle"));
  await signOut(page, "nl");
  await page.goto("/sign-in");

  const invalid = msg("nl", "auth.errors.invalidCredentials");
  for (let attempt = 1; attempt <= freeAttempts; attempt++) {
    await expectSignInRefused(page, account.email, `verkeerd wachtwoord ${attempt}`, invalid);
  }
  // Now the right password waits too, for seconds, not a lock-out (and the address is compared
  // case-insensitively).
  const [before = "", after = ""] = msg("nl", "auth.errors.throttledSeconds", { seconds: 999 }).split("999");
  const waits = new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}$`);
  await expectSignInRefused(page, account.email, account.password, waits);
  await expectSignInRefused(page, account.email.toUpperCase(), account.password, waits);
  const shown = Number(waits.exec((await formMessage(page).textContent()) ?? "")?.[1]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(firstDelaySeconds);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);

  // Another account is not held up by this one's failures.
  const bystander = await signUp(page, "nl", newAccount("bystander"));
  await signOut(page, "nl");
  await page.goto("/sign-in");
  await submitSignIn(page, "nl", bystander.email, bystander.password);
  await page.waitForURL(/\/dashboard$/);
  await signOut(page, "nl");

  // After the wait, the right password gets in.
  await page.goto("/sign-in");
  await page.waitForTimeout((firstDelaySeconds + 1) * 1000);
  await submitSignIn(page, "nl", account.email, account.password);
  await page.waitForURL(/\/dashboard$/);
});

test("a client without a name is refused, keeps the other fields and creates nothing", async ({ page }) => {
  const account = await signUp(page, "nl", newAccount("client-form"));
  const workspaceId = await workspaceIdOf(account.email);
  await page.goto("/clients/new");
  const fields = clientFields(page, "nl");
  const create = page.getByRole("button", { name: exactly(msg("nl", "clients.form.create")) });
  const nameError = msg("nl", "clients.errors.nameRequired");

  // Empty, then only spaces: both count as no name.
  for (const name of ["", "   "]) {
    await fields.name.fill(name);
    await fields.sector.selectOption("education");
    await fields.sizeBand.selectOption("250-999");
    await fields.notes.fill("Eerste gesprek in maart.");
    await create.click();
    await expect(fields.name).toHaveAttribute("aria-invalid", "true");
    await expect(fields.name).toHaveAccessibleDescription(nameError);
    await expect(formMessage(page)).toHaveText(msg("nl", "errors.checkFields"));
    await expect(page).toHaveURL(/\/clients\/new$/);
    await expect(fields.sector).toHaveValue("education");
    await expect(fields.sizeBand).toHaveValue("250-999");
    await expect(fields.notes).toHaveValue("Eerste gesprek in maart.");
    await expect(fields.sector).toHaveAttribute("aria-invalid", "false");
  }
  expect(await countClients(workspaceId)).toBe(0);

  // Nothing chosen at all: every required field says what it needs.
  await page.goto("/clients/new");
  await create.click();
  await expect(fields.name).toHaveAccessibleDescription(nameError);
  await expect(page.getByText(msg("nl", "clients.errors.sectorRequired"))).toBeVisible();
  await expect(page.getByText(msg("nl", "clients.errors.sizeRequired"))).toBeVisible();
  expect(await countClients(workspaceId)).toBe(0);
  await page.goto("/dashboard");
  await expect(section(page, msg("nl", "dashboard.empty.title"))).toBeVisible();

  // Once named, the same form creates exactly one client.
  const name = uniqueClientName("Gemeente Oosterhout");
  await createClient(page, "nl", { name, sector: "public", sizeBand: "250-999" });
  expect(await countClients(workspaceId)).toBe(1);
});

test("archiving asks first, hides the client, blocks new scans, and restoring brings it back", async ({
  page,
  context,
}) => {
  await signUp(page, "nl", newAccount("archive"));
  const keep = uniqueClientName("Blijft");
  const archive = uniqueClientName("Archief");
  await createClient(page, "nl", { name: keep, sector: "retail", sizeBand: "1-9" });
  const clientId = await createClient(page, "nl", { name: archive, sector: "retail", sizeBand: "1-9" });
  const clientPath = `/clients/${clientId}`;

  // A second tab still shows the start-a-scan form from before the archiving.
  const staleTab = await context.newPage();
  await staleTab.goto(clientPath);
  const staleStart = section(staleTab, msg("nl", "clients.scan.title"));
  await expect(staleStart).toBeVisible();

  // Archiving asks for confirmation first.
  const confirm = page.getByRole("button", { name: exactly(msg("nl", "clients.archive.confirm")) });
  await expect(confirm).toBeHidden();
  await page.getByText(msg("nl", "clients.archive.open"), { exact: true }).click();
  await expect(page.getByText(msg("nl", "clients.archive.confirmText", { name: archive }))).toBeVisible();
  await confirm.click();

  // Archived: marked as such, with no way to start a scan, and a way back.
  const notice = section(page, msg("nl", "clients.archive.badge"));
  await expect(notice).toContainText(msg("nl", "clients.archive.notice"));
  await expect(section(page, msg("nl", "clients.scan.title"))).toHaveCount(0);
  await expect(page.getByRole("button", { name: exactly(msg("nl", "clients.archive.restore")) })).toBeVisible();

  // The old tab's form is refused by the server: no invite link.
  await staleStart.getByRole("button", { name: exactly(msg("nl", "clients.scan.submit")) }).click();
  await expect(staleStart.getByText(msg("nl", "clients.errors.archived"))).toBeVisible();
  await expect(staleStart.getByRole("textbox", { name: exactly(msg("nl", "clients.scan.inviteLabel")) })).toHaveCount(
    0,
  );
  await staleTab.close();

  // The dashboard's default list leaves it out; the archived filter shows only it.
  await page.goto("/dashboard");
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: keep, exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: archive, exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: msg("nl", "dashboard.count", { total: 1 }) })).toBeVisible();
  await page.getByRole("checkbox", { name: msg("nl", "dashboard.showArchived") }).check();
  await page.getByRole("button", { name: exactly(msg("nl", "dashboard.apply")) }).click();
  await expect(page).toHaveURL(/[?&]archived=1/);
  await expect(
    page.getByRole("heading", { level: 2, name: msg("nl", "dashboard.archivedCount", { total: 1 }) }),
  ).toBeVisible();
  await expect(table.getByRole("link", { name: archive, exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: keep, exact: true })).toHaveCount(0);
  await expect(table.getByRole("row").filter({ hasText: archive })).toContainText(msg("nl", "dashboard.archived"));

  // Restoring (one step) brings back the scan form and the place in the list.
  await table.getByRole("link", { name: archive, exact: true }).click();
  await page.waitForURL(new RegExp(`${clientPath}$`));
  await page.getByRole("button", { name: exactly(msg("nl", "clients.archive.restore")) }).click();
  await expect(section(page, msg("nl", "clients.scan.title"))).toBeVisible();
  await expect(section(page, msg("nl", "clients.archive.badge"))).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(table.getByRole("link", { name: archive, exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: keep, exact: true })).toBeVisible();
  await page.goto("/dashboard?archived=1");
  await expect(page.getByText(msg("nl", "dashboard.noArchived"))).toBeVisible();
});

test("an email address that was never used cannot sign in", async ({ page }) => {
  await page.goto("/sign-in");
  await expectSignInRefused(
    page,
    uniqueEmail("nobody"),
    "wat dan ook 123",
    msg("nl", "auth.errors.invalidCredentials"),
  );
});
