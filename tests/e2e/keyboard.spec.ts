import { expect, type Page, test } from "@playwright/test";
import {
  activeElement,
  answerRadio,
  BROWSER_LOCALE,
  expectAnswers,
  expectProgress,
  focusIndicator,
  itemsOfDomain,
  readQuestionnaire,
  SCAN_OVERVIEW_URL,
  startScan,
  stepUrl,
  t,
  tabUntil,
  tokenFromUrl,
  uniqueOrganisation,
  waitForSaved,
} from "@/tests/e2e/support/scan-helpers";

// Keyboard only: no mouse clicks from the start form to the second domain.

test.use({ locale: BROWSER_LOCALE.nl });

async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  expect(await focusIndicator(page), `visible focus indicator on ${what}`).not.toBeNull();
}

test("start a scan and answer a whole domain with Tab, arrow keys, Space and Enter only", async ({ page }) => {
  const quick = readQuestionnaire("quick");
  const domain = quick.domains[0];
  if (!domain) throw new Error("the quick scan has no domains");
  const [firstItem, secondItem] = itemsOfDomain(quick, domain.id);
  if (!firstItem || !secondItem) throw new Error("the first domain needs two items");

  await page.goto("/scan/new?type=quick");

  // The first Tab stop is the skip link; it becomes visible when focused and jumps to the content.
  await page.keyboard.press("Tab");
  const skip = await activeElement(page);
  expect(skip).toMatchObject({ tag: "a", label: t("nl", "common.skipToContent") });
  const skipBox = await page.getByRole("link", { name: t("nl", "common.skipToContent") }).boundingBox();
  expect(skipBox?.width ?? 0, "the focused skip link is shown, not clipped to 1px").toBeGreaterThan(20);
  await expectVisibleFocus(page, "the skip link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // Organisation name: the first field in the content.
  await page.keyboard.press("Tab");
  expect(await activeElement(page)).toMatchObject({ tag: "input", name: "organisationName", insideMain: true });
  await expectVisibleFocus(page, "the organisation field");
  const organisation = uniqueOrganisation("Toetsenbord BV");
  await page.keyboard.type(organisation);

  // Role: Tab into the radio group, arrow down to the second role.
  await page.keyboard.press("Tab");
  expect(await activeElement(page)).toMatchObject({ tag: "input", type: "radio", name: "respondentRole" });
  await expectVisibleFocus(page, "the first role");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: t("nl", "roles.manager") })).toBeChecked();

  // Team (optional), then the submit button, then Enter.
  await page.keyboard.press("Tab");
  expect(await activeElement(page)).toMatchObject({ tag: "input", name: "team" });
  await page.keyboard.type("Klantcontact");
  await page.keyboard.press("Tab");
  expect(await activeElement(page)).toMatchObject({ tag: "button", label: t("nl", "start.submit") });
  await expectVisibleFocus(page, "the start button");
  await page.keyboard.press("Enter");
  await page.waitForURL(SCAN_OVERVIEW_URL);
  const token = tokenFromUrl(page.url());
  await expect(
    page.getByRole("heading", { level: 1, name: t("nl", "scan.overviewTitle", { organisation }) }),
  ).toBeVisible();

  // Overview: Tab to "Beginnen", Enter.
  await tabUntil(page, (active) => active.tag === "a" && active.label === t("nl", "scan.begin"), "the Begin link");
  await expectVisibleFocus(page, "the Begin link");
  await page.keyboard.press("Enter");
  await page.waitForURL(stepUrl(token, 1));

  // First statement: Tab lands on its first option; three presses of → select scale point 4.
  const first = await tabUntil(page, (active) => active.name === `answer.${firstItem.id}`, "the first statement");
  expect(first).toMatchObject({ type: "radio", value: "1", checked: false });
  await expectVisibleFocus(page, "an answer option");
  for (let press = 0; press < 3; press++) await page.keyboard.press("ArrowRight");
  await expect(answerRadio(page, firstItem.id, 4)).toBeChecked();
  await expect(answerRadio(page, firstItem.id, 4)).toBeFocused();
  await expectVisibleFocus(page, "the chosen answer option");

  // Second statement: Tab to its group, Space selects the focused first option, → moves to scale point 2.
  await page.keyboard.press("Tab");
  expect(await activeElement(page)).toMatchObject({ name: `answer.${secondItem.id}`, value: "1", checked: false });
  await page.keyboard.press("Space");
  await expect(answerRadio(page, secondItem.id, 1)).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(answerRadio(page, secondItem.id, 2)).toBeChecked();
  await waitForSaved(page);
  await expectProgress(page, "nl", 2, quick.items.length);

  // Any further statements of the domain are one Tab stop each (a radio group), left unanswered here.
  for (const item of itemsOfDomain(quick, domain.id).slice(2)) {
    await page.keyboard.press("Tab");
    expect(await activeElement(page)).toMatchObject({ name: `answer.${item.id}`, checked: false });
  }
  // The next Tab stop is "Volgend domein"; Enter goes to domain 2.
  await page.keyboard.press("Tab");
  expect(await activeElement(page)).toMatchObject({ tag: "button", label: t("nl", "scan.next") });
  await expectVisibleFocus(page, "the Next button");
  await page.keyboard.press("Enter");
  await page.waitForURL(stepUrl(token, 2));
  await expectProgress(page, "nl", 2, quick.items.length);

  // Saved on the server: a fresh load of domain 1 shows both answers.
  await page.goto(`/scan/${token}/1`);
  await expectAnswers(page, [firstItem, secondItem], (item) => (item.id === firstItem.id ? 4 : 2));
});

test("every Tab stop on the landing page and on a questionnaire page shows where the focus is", async ({ page }) => {
  await page.goto("/");
  await tabThroughPage(page, "/");

  const { token } = await startScan(page, "nl", "quick");
  await page.goto(`/scan/${token}/1`);
  await tabThroughPage(page, `/scan/${token}/1`);
});

async function tabThroughPage(page: Page, where: string): Promise<void> {
  const stops: string[] = [];
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press("Tab");
    const active = await activeElement(page);
    if (active.tag === "body" || active.tag === "") break;
    const description = `${active.tag}${active.name ? `[name=${active.name}]` : ""} "${active.label}" on ${where}`;
    if (stops[0] === description) break; // wrapped around
    stops.push(description);
    await expectVisibleFocus(page, description);
  }
  expect(stops.length, `Tab stops on ${where}`).toBeGreaterThan(3);
  expect(stops[0], "the first Tab stop is the skip link").toContain(t("nl", "common.skipToContent"));
}
