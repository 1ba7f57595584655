import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  type Account,
  createClient,
  expectNoHorizontalScroll,
  expectNotFound,
  msg,
  newAccount,
  newContext,
  signUp,
  submitSignIn,
  uniqueClientName,
  uniqueEmail,
} from "@/tests/e2e/support/consultant-helpers";
import { e2eMailEnabled, linkInMail, waitForMail } from "@/tests/e2e/support/mailbox";
import { exactly, type Locale } from "@/tests/e2e/support/scan-helpers";
import { countRows, testDatabase } from "@/tests/e2e/support/test-database";

// Password reset, colleagues in a workspace and the account page, as users go through them: mail arrives
// through the SMTP sink scripts/test.ts starts (tests/e2e/support/mailbox.ts). Every test makes its own accounts.

test.skip(!e2eMailEnabled(), "needs the SMTP sink of npm test (E2E_SMTP_URL)");

const NEW_PASSWORD = "blauwe reiger vist 7";
// A new account also gets its verification mail: pick the reset mail by its subject.
const RESET_SUBJECT = /wachtwoord|password/i;

const heading = (page: Page, text: string) => page.getByRole("heading", { level: 1, name: text, exact: true });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const button = (page: Page, text: string) => page.getByRole("button", { name: exactly(text) });

async function shoot(page: Page, name: string, testInfo: import("@playwright/test").TestInfo) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** Checks a new page: axe, no sideways scroll at 375 px, and screenshots at 375 and 1280 px. */
async function lookAt(page: Page, name: string, testInfo: import("@playwright/test").TestInfo) {
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoHorizontalScroll(page, name);
  await shoot(page, `${name}-375`, testInfo);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, `${name}-1280`, testInfo);
}

async function requestReset(page: Page, locale: Locale, email: string) {
  await page.goto("/forgot-password");
  await field(page, msg(locale, "auth.email")).fill(email);
  await button(page, msg(locale, "accounts.reset.send")).click();
  await page.waitForURL(/\/forgot-password\?sent=1$/);
  await expect(
    page.getByRole("status").filter({ hasText: msg(locale, "accounts.reset.sent", { minutes: 60 }) }),
  ).toBeVisible();
}

async function isSignedOut(page: Page) {
  await page.goto("/dashboard");
  await page.waitForURL(/\/sign-in$/);
}

const countVerifications = () => countRows('SELECT COUNT(*) AS count FROM "Verification"');

test.describe("password reset", () => {
  for (const locale of ["nl", "en"] as const) {
    test(`forgot password → mail → new password → sign in (${locale})`, async ({ browser }, testInfo) => {
      test.setTimeout(120_000);
      const other = await newContext(browser, locale, testInfo);
      const context = await newContext(browser, locale, testInfo);
      try {
        // Signed in elsewhere: that session ends with the reset.
        const account = await signUp(await other.newPage(), locale, newAccount(`reset-${locale}`));
        const page = await context.newPage();
        await page.goto("/sign-in");
        await page.getByRole("link", { name: msg(locale, "accounts.reset.forgotLink") }).click();
        await expect(heading(page, msg(locale, "accounts.reset.forgotTitle"))).toBeVisible();
        await lookAt(page, `forgot-password-${locale}`, testInfo);

        // Bad input: a clear message, nothing stored.
        const before = await countVerifications();
        await field(page, msg(locale, "auth.email")).fill("geen-adres");
        await button(page, msg(locale, "accounts.reset.send")).click();
        await expect(page.getByText(msg(locale, "auth.errors.email"))).toBeVisible();
        expect(await countVerifications()).toBe(before);

        // An unknown address gets the same answer, and no mail.
        const unknown = uniqueEmail("nobody");
        await requestReset(page, locale, unknown);
        await lookAt(page, `forgot-password-sent-${locale}`, testInfo);

        await requestReset(page, locale, account.email);
        const [mail] = await waitForMail(account.email, { subject: RESET_SUBJECT });
        if (!mail) throw new Error("no mail");
        const link = linkInMail(mail, "/reset-password/");
        expect(mail.subject).toBe(
          locale === "nl" ? "Nieuw wachtwoord voor Klantkompas" : "New password for Klantkompas",
        );

        await page.goto(link);
        await expect(heading(page, msg(locale, "accounts.reset.newTitle"))).toBeVisible();
        await lookAt(page, `reset-password-${locale}`, testInfo);
        // The policy, and the repeat, apply.
        await field(page, msg(locale, "accounts.account.newPassword")).fill("password1");
        await field(page, msg(locale, "accounts.account.confirmPassword")).fill("password1");
        await button(page, msg(locale, "accounts.reset.save")).click();
        await expect(page.getByText(msg(locale, "auth.errors.passwordCommon"))).toBeVisible();
        await field(page, msg(locale, "accounts.account.newPassword")).fill(NEW_PASSWORD);
        await field(page, msg(locale, "accounts.account.confirmPassword")).fill(`${NEW_PASSWORD}x`);
        await button(page, msg(locale, "accounts.reset.save")).click();
        await expect(page.getByText(msg(locale, "accounts.errors.confirmMismatch"))).toBeVisible();
        await field(page, msg(locale, "accounts.account.newPassword")).fill(NEW_PASSWORD);
        await field(page, msg(locale, "accounts.account.confirmPassword")).fill(NEW_PASSWORD);
        await button(page, msg(locale, "accounts.reset.save")).click();
        await page.waitForURL(/\/sign-in\?reset=1$/);
        await expect(page.getByText(msg(locale, "accounts.reset.done"))).toBeVisible();

        // Every session ended; the old password no longer works, the new one does.
        await isSignedOut(await other.newPage());
        await submitSignIn(page, locale, account.email, account.password);
        await expect(page.getByText(msg(locale, "auth.errors.invalidCredentials"))).toBeVisible();
        await submitSignIn(page, locale, account.email, NEW_PASSWORD);
        await page.waitForURL(/\/dashboard$/);

        // Used: the link says so, and changes nothing.
        await page.goto(link);
        await expect(page.getByText(msg(locale, "accounts.reset.linkInvalid"))).toBeVisible();
        await expect(field(page, msg(locale, "accounts.account.newPassword"))).toHaveCount(0);
        await lookAt(page, `reset-password-used-${locale}`, testInfo);
      } finally {
        await other.close();
        await context.close();
      }
    });
  }

  test("an expired reset link gets a clear message and changes nothing", async ({ browser }, testInfo) => {
    const context = await newContext(browser, "en", testInfo);
    try {
      const page = await context.newPage();
      const account = await signUp(page, "en", newAccount("reset-expired"));
      await page.context().clearCookies();
      await requestReset(page, "en", account.email);
      const [mail] = await waitForMail(account.email, { subject: RESET_SUBJECT });
      if (!mail) throw new Error("no mail");
      const link = linkInMail(mail, "/reset-password/");
      // An hour later, in the database's terms.
      const [user] = await testDatabase().all('SELECT "id" FROM "User" WHERE "email" = ?', [account.email]);
      await testDatabase().transaction([
        {
          sql: 'UPDATE "Verification" SET "expiresAt" = ? WHERE "value" = ?',
          params: [new Date(Date.now() - 1000), String(user?.id)],
        },
      ]);
      await page.goto(link);
      await expect(page.getByText(msg("en", "accounts.reset.linkInvalid"))).toBeVisible();
      await page.getByRole("link", { name: msg("en", "accounts.reset.askAgain") }).click();
      await expect(heading(page, msg("en", "accounts.reset.forgotTitle"))).toBeVisible();
      await page.goto("/sign-in");
      await submitSignIn(page, "en", account.email, account.password);
      await page.waitForURL(/\/dashboard$/);
    } finally {
      await context.close();
    }
  });
});

async function inviteColleague(page: Page, locale: Locale, email: string, language: Locale) {
  await page.goto("/team");
  await field(page, msg(locale, "accounts.team.inviteEmail")).fill(email);
  await page.getByLabel(msg(locale, "accounts.team.inviteLanguage")).selectOption(language);
  await button(page, msg(locale, "accounts.team.invite")).click();
  await expect(page.getByText(msg(locale, "accounts.team.invitationMailed", { email }))).toBeVisible();
}

test("an owner invites a colleague, who signs up through the link, sees the clients, and loses them when removed", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const ownerContext = await newContext(browser, "en", testInfo);
  const colleagueContext = await newContext(browser, "nl", testInfo);
  try {
    const owner = await ownerContext.newPage();
    const ownerAccount = await signUp(owner, "en", newAccount("owner"));
    const clientName = uniqueClientName("Shared client");
    const clientId = await createClient(owner, "en", { name: clientName, sector: "ict", sizeBand: "10-49" });

    // Bad input on the invitation form: clear messages, nothing stored.
    await owner.goto("/team");
    await expect(heading(owner, msg("en", "accounts.team.title"))).toBeVisible();
    const invitations = () => countRows('SELECT COUNT(*) AS count FROM "WorkspaceInvitation"');
    const before = await invitations();
    await field(owner, msg("en", "accounts.team.inviteEmail")).fill("not an address");
    await button(owner, msg("en", "accounts.team.invite")).click();
    await expect(owner.getByText(msg("en", "auth.errors.email"))).toBeVisible();
    await field(owner, msg("en", "accounts.team.inviteEmail")).fill(ownerAccount.email);
    await button(owner, msg("en", "accounts.team.invite")).click();
    await expect(owner.getByText(msg("en", "accounts.errors.ownAddress"))).toBeVisible();
    expect(await invitations()).toBe(before);

    const colleague: Account = { ...newAccount("colleague"), name: "Collega Bram" };
    await inviteColleague(owner, "en", colleague.email, "nl");
    await owner.reload();
    const pending = owner.getByRole("region", { name: msg("en", "accounts.team.pending") });
    await expect(pending.getByText(colleague.email, { exact: true })).toBeVisible();
    await lookAt(owner, "team-owner-en", testInfo);

    const [mail] = await waitForMail(colleague.email);
    if (!mail) throw new Error("no mail");
    expect(mail.subject).toContain(ownerAccount.name);
    const link = linkInMail(mail, "/colleague-invite/");

    // The invitation names the workspace (the owner's first workspace carries the owner's name).
    const workspace = ownerAccount.name;
    expect(mail.subject).toBe(`Uitnodiging voor de werkruimte ${workspace} in Klantkompas`);
    expect(mail.text).toContain(`Doe mee met ${workspace}`);

    // The colleague, in a browser of their own: the link with the sign-up form on it, then sign-in, which joins.
    const page = await colleagueContext.newPage();
    await page.goto(link);
    await expect(heading(page, msg("nl", "accounts.invitation.heading", { workspace }))).toBeVisible();
    await lookAt(page, "colleague-invite-nl", testInfo);
    await expect(field(page, msg("nl", "auth.email"))).toHaveValue(colleague.email);
    await field(page, msg("nl", "auth.name")).fill(colleague.name);
    await field(page, msg("nl", "auth.password")).fill(colleague.password);
    await button(page, msg("nl", "auth.signUp")).click();
    await page.waitForURL(/\/sign-in\?signed-up=1&invitation=/);
    await expect(
      page.getByText(
        msg("nl", "accounts.invitation.signInNotice", {
          email: colleague.email,
          workspace,
          inviter: ownerAccount.name,
        }),
      ),
    ).toBeVisible();
    await expect(field(page, msg("nl", "auth.email"))).toHaveValue(colleague.email);
    await field(page, msg("nl", "auth.password")).fill(colleague.password);
    await button(page, msg("nl", "auth.signIn")).click();
    await page.waitForURL(/\/dashboard\?joined=1$/);
    await expect(
      page.getByRole("status").filter({ hasText: msg("nl", "dashboard.notice.joined", { workspace }) }),
    ).toBeVisible();
    await lookAt(page, "colleague-joined-nl", testInfo);
    await expect(page.getByRole("table").getByRole("link", { name: clientName, exact: true })).toBeVisible();
    await page.goto(`/clients/${clientId}`);
    await expect(heading(page, clientName)).toBeVisible();
    // The link worked once.
    await page.goto(link);
    await expect(page.getByText(msg("nl", "accounts.invitation.refused.accepted"))).toBeVisible();

    // The owner sees the member and removes them.
    await owner.goto("/team");
    await button(owner, msg("en", "accounts.team.remove", { name: colleague.name })).click();
    await expect(owner.getByText(msg("en", "accounts.team.removed"))).toBeVisible();
    await expect(owner.getByRole("main").getByText(colleague.email, { exact: true })).toHaveCount(0);

    // The colleague's next page load is refused.
    await expectNotFound(page, "nl", `/clients/${clientId}`);
    await page.goto("/dashboard");
    await expect(page.getByText(msg("nl", "accounts.team.lostAccess", { workspace: colleague.name }))).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(clientName);
    const exported = await colleagueContext.request.get(`/api/clients/${clientId}/export?kind=assessments&format=json`);
    expect(exported.status()).toBe(404);
    await lookAt(page, "dashboard-lost-access-nl", testInfo);
    await button(page, msg("nl", "accounts.team.lostAccessDismiss")).click();
    await expect(page.getByText(msg("nl", "accounts.team.lostAccess", { workspace: colleague.name }))).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(msg("nl", "accounts.team.lostAccess", { workspace: colleague.name }))).toHaveCount(0);
  } finally {
    await ownerContext.close();
    await colleagueContext.close();
  }
});

async function openAccount(page: Page, locale: Locale, name: string) {
  await page
    .getByRole("navigation")
    .getByRole("link", { name: msg(locale, "accounts.nav.accountOf", { name }) })
    .click();
  await expect(heading(page, msg(locale, "accounts.account.title"))).toBeVisible();
}

for (const locale of ["nl", "en"] as const) {
  test(`account page: name, password, sign out everywhere (${locale})`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const context = await newContext(browser, locale, testInfo);
    const other: BrowserContext = await newContext(browser, locale, testInfo);
    try {
      const page = await context.newPage();
      const account = await signUp(page, locale, newAccount(`account-${locale}`));
      const elsewhere = await other.newPage();
      await elsewhere.goto("/sign-in");
      await submitSignIn(elsewhere, locale, account.email, account.password);
      await elsewhere.waitForURL(/\/dashboard$/);

      await openAccount(page, locale, account.name);
      await expect(page.getByText(account.email)).toBeVisible();
      await lookAt(page, `account-${locale}`, testInfo);

      // Name: empty refused, a new one shown in the header.
      const name = field(page, msg(locale, "auth.name"));
      await name.fill("  ");
      await button(page, msg(locale, "accounts.account.saveName")).click();
      await expect(page.getByText(msg(locale, "auth.errors.nameRequired"))).toBeVisible();
      await name.fill("Renée de Nieuwe");
      await button(page, msg(locale, "accounts.account.saveName")).click();
      await expect(page.getByText(msg(locale, "accounts.account.nameSaved"))).toBeVisible();
      await page.reload();
      await expect(
        page
          .getByRole("navigation")
          .getByRole("link", { name: msg(locale, "accounts.nav.accountOf", { name: "Renée de Nieuwe" }) }),
      ).toBeVisible();

      // Password: a wrong current one and a weak new one are refused; then it changes and other sessions end.
      const current = field(page, msg(locale, "accounts.account.currentPassword"));
      const fresh = field(page, msg(locale, "accounts.account.newPassword"));
      const confirm = field(page, msg(locale, "accounts.account.confirmPassword"));
      await current.fill("niet mijn wachtwoord");
      await fresh.fill(NEW_PASSWORD);
      await confirm.fill(NEW_PASSWORD);
      await button(page, msg(locale, "accounts.account.changePassword")).click();
      await expect(page.getByText(msg(locale, "accounts.errors.currentPasswordWrong"))).toBeVisible();
      await current.fill(account.password);
      await fresh.fill("kort1");
      await confirm.fill("kort1");
      await button(page, msg(locale, "accounts.account.changePassword")).click();
      await expect(page.getByText(msg(locale, "auth.errors.passwordTooShort"))).toBeVisible();
      await current.fill(account.password);
      await fresh.fill(NEW_PASSWORD);
      await confirm.fill(NEW_PASSWORD);
      await button(page, msg(locale, "accounts.account.changePassword")).click();
      await page.waitForURL(/\/account\?password-changed=1$/);
      await expect(page.getByText(msg(locale, "accounts.account.passwordChanged"))).toBeVisible();
      await isSignedOut(elsewhere);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/dashboard$/);

      // Sign out everywhere: this browser too; the new password signs in.
      await page.goto("/account");
      await button(page, msg(locale, "accounts.account.signOutEverywhere")).click();
      await page.waitForURL(/\/sign-in\?signed-out=everywhere$/);
      await expect(page.getByText(msg(locale, "accounts.account.signedOutEverywhere"))).toBeVisible();
      await isSignedOut(page);
      await submitSignIn(page, locale, account.email, NEW_PASSWORD);
      await page.waitForURL(/\/dashboard$/);
    } finally {
      await context.close();
      await other.close();
    }
  });
}

test("new pages in the other language at 375 px: team, invitation and reset link refused", async ({
  browser,
}, testInfo) => {
  const context = await newContext(browser, "nl", testInfo);
  try {
    const page = await context.newPage();
    await signUp(page, "nl", newAccount("team-nl"));
    await page.goto("/team");
    await lookAt(page, "team-owner-nl", testInfo);
    await page.goto("/colleague-invite/abcdefghijklmnopqrstuvwxyz012345");
    await expect(page.getByText(msg("nl", "accounts.invitation.refused.not-found"))).toBeVisible();
    await lookAt(page, "colleague-invite-not-found-nl", testInfo);
    await page.context().clearCookies();
    await page.goto("/reset-password/aB3dE6gH9jK2mN5pQ8sT1vW4");
    await expect(page.getByText(msg("nl", "accounts.reset.linkInvalid"))).toBeVisible();
  } finally {
    await context.close();
  }
});
