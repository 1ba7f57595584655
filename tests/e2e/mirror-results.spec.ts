import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import { msg, newContext } from "@/tests/e2e/support/consultant-helpers";
import { OPEN_ANSWERS, seedClosedRoundWithMirror } from "@/tests/e2e/support/mirror-results-seed";
import type { Locale } from "@/tests/e2e/support/scan-helpers";

// The customer mirror's results (issue 19 §3): a closed round and six customers seeded in the database, read by
// the organiser (with open answers and downloads) and on the shared results link (never open answers), in
// Dutch and English, at 375 and 1280 px, axe-clean, and printed to A4.

const SHOTS = "/tmp/shots/mirror-results";

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Each section on its own, so the screenshots can be read (the whole page is very tall). */
async function sectionShots(page: Page, suffix: string) {
  for (const id of ["mirror-summary", "mirror-domains", "mirror-appreciation", "mirror-statements", "mirror-plan"])
    await page.locator(`[aria-labelledby="${id}"]`).screenshot({ path: `${SHOTS}/${id}-${suffix}.png` });
}

for (const locale of ["nl", "en"] as const satisfies readonly Locale[]) {
  test(`inside beside outside, appreciation and the re-ranked plan (${locale})`, async ({ browser }, testInfo) => {
    // Two pages, axe twice, a PDF and four screenshots on a shared two-core machine.
    test.setTimeout(120_000);
    mkdirSync(SHOTS, { recursive: true });
    const { organiserToken, resultsToken, paired } = await seedClosedRoundWithMirror(`Spiegel ${locale} BV`);
    const processes = paired.domains.find((d) => d.id === "processes")?.name[locale] ?? "";
    const context = await newContext(browser, locale, testInfo);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/mirrors/${organiserToken}/results`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      msg(locale, "mirrorResults.title", { organisation: `Spiegel ${locale} BV` }),
    );

    // Inside vs outside in processes: a blind spot of 55 points, said in the summary and on the card.
    const card = page.getByTestId("mirror-domain-processes");
    await expect(card.getByTestId("inside-score")).toHaveText("80");
    await expect(card.getByTestId("outside-score")).toHaveText("25");
    await expect(card.getByTestId("gap")).toHaveText("+55");
    await expect(card.getByTestId("mirror-label")).toContainText(
      msg(locale, "mirrorResults.domains.labels.blind-spot"),
    );
    await expect(page.getByTestId("mirror-domain-culture").getByTestId("mirror-label")).toHaveAttribute(
      "data-label",
      "hidden-strength",
    );
    await expect(page.getByTestId("summary-blind-spot")).toContainText(processes);
    await expect(page.getByText(msg(locale, "mirrorResults.inside.round", { count: 6 }))).toBeVisible();

    // NPS 16.7 with its margin, and the counts behind it.
    await expect(page.getByTestId("nps-value")).toHaveText(
      locale === "nl" ? /^16,7 \(± \d+(,\d)?\)$/ : /^16\.7 \(± \d+(\.\d)?\)$/,
    );
    await expect(page.getByTestId("nps-promoters")).toHaveText("3");
    await expect(page.getByTestId("nps-passives")).toHaveText("1");
    await expect(page.getByTestId("nps-detractors")).toHaveText("2");

    // The plan opens with the blind spot's domain, saying why.
    const firstStep = page.getByTestId("mirror-plan-domain").first();
    await expect(firstStep).toHaveAttribute("data-domain", "processes");
    await expect(firstStep.getByTestId("plan-reason")).toHaveText(
      msg(locale, "mirrorResults.plan.blindSpot", { domain: processes }),
    );
    await expect(page.getByTestId("plan-reason")).toHaveCount(1);

    // Per statement: the customer's distribution and the round's, side by side.
    await expect(page.locator('[data-item="mirror-processes-aftercare"]').getByTestId("distribution-bar")).toHaveCount(
      2,
    );

    // The organiser sees the open answers.
    const open = page.getByTestId("mirror-open-answers");
    for (const answer of OPEN_ANSWERS) await expect(open.getByText(answer)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SHOTS}/organiser-${locale}-1280.png`, fullPage: true });
    await page.getByTestId("mirror-statements-processes").locator("summary").click();
    await sectionShots(page, `${locale}-1280`);

    // The downloads: aggregates and the open answers, nothing else.
    const csv = await page.request.get(`/api/mirrors/${organiserToken}/export?format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const csvText = await csv.text();
    expect(csvText).toContain("domain;;processes;;label;blind-spot");
    expect(csvText).toContain(`open-answer;;;;text;${OPEN_ANSWERS[1]}`);
    const json = await (await page.request.get(`/api/mirrors/${organiserToken}/export?format=json`)).json();
    expect(json.nps).toMatchObject({ promoters: 3, passives: 1, detractors: 2, score: 16.7 });
    expect([...json.open_answers].sort()).toEqual([...OPEN_ANSWERS].sort());
    expect((await page.request.get(`/api/mirrors/${resultsToken}/export?format=json`)).status()).toBe(404);

    // Print (A4): the folded statements print open; a screenshot of the print view at A4 width.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("mirror-statements-culture").locator(":scope > div")).toBeVisible();
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SHOTS}/print-${locale}-a4.png` });
    await page.pdf({ path: `${SHOTS}/organiser-${locale}.pdf`, format: "A4", printBackground: true });
    await page.emulateMedia({ media: "screen" });

    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoSideways(page);
    await page.screenshot({ path: `${SHOTS}/organiser-${locale}-375.png`, fullPage: true });
    await sectionShots(page, `${locale}-375`);

    // The shared link: the same figures, never the open answers.
    await page.goto(`/mirror-results/${resultsToken}`);
    await expect(page.getByTestId("mirror-domain-processes").getByTestId("gap")).toHaveText("+55");
    await expect(page.getByTestId("mirror-open-answers")).toHaveCount(0);
    for (const answer of OPEN_ANSWERS) expect(await page.content()).not.toContain(answer);
    await expect(page.getByTestId("mirror-export-csv")).toHaveCount(0);
    await expectNoSideways(page);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SHOTS}/shared-${locale}-375.png`, fullPage: true });
    await context.close();
  });
}
