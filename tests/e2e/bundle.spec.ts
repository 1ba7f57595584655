import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  answerItems,
  BROWSER_LOCALE,
  itemsOfDomain,
  readQuestionnaire,
  startScan,
  submitReview,
} from "@/tests/e2e/support/scan-helpers";

// The chart library is for the results page only: the questionnaire pages, where people spend their time
// (often on a phone), must not download it. Class names recharts puts on its SVG survive minification,
// and the test first proves they are present in the results page's JavaScript, so it can fail.

const RECHARTS_MARKERS = ["recharts-polar-grid", "recharts-wrapper"];

test.use({ locale: BROWSER_LOCALE.nl });
// Several page loads and saves each; room for a slow machine.
test.describe.configure({ timeout: 60_000 });

interface ScriptBody {
  url: string;
  body: string;
}

/** Opens a URL in a fresh browser context (empty cache) and returns every JavaScript file it loaded. */
async function scriptsLoadedBy(
  browser: Browser,
  baseURL: string,
  path: string,
  interact?: (page: Page) => Promise<void>,
): Promise<ScriptBody[]> {
  const context = await browser.newContext({ baseURL, locale: BROWSER_LOCALE.nl });
  try {
    const page = await context.newPage();
    const pending: Array<Promise<ScriptBody | null>> = [];
    page.on("response", (response) => {
      const isScript =
        response.request().resourceType() === "script" || /\.m?js(\?|$)/.test(new URL(response.url()).pathname);
      if (!isScript) return;
      pending.push(
        response
          .body()
          .then((body) => ({ url: response.url(), body: body.toString("utf8") }))
          .catch(() => null),
      );
    });
    await page.goto(path, { waitUntil: "networkidle" });
    if (interact) await interact(page);
    await page.waitForLoadState("networkidle");
    const scripts = (await Promise.all(pending)).filter((script): script is ScriptBody => script !== null);
    expect(scripts.length, `JavaScript responses on ${path}`).toBeGreaterThan(0);
    return scripts;
  } finally {
    await context.close();
  }
}

function scriptsWith(scripts: ScriptBody[], marker: string): string[] {
  return scripts.filter((script) => script.body.includes(marker)).map((script) => script.url);
}

test("the questionnaire page does not load recharts; the results page does", async ({ page, browser, baseURL }) => {
  if (!baseURL) throw new Error("baseURL is not configured");
  const quick = readQuestionnaire("quick");
  const domain = quick.domains[0];
  if (!domain) throw new Error("the quick scan has no domains");

  const { token } = await startScan(page, "nl", "quick");

  // The questionnaire page, including answering (server actions) and opening the resume link.
  const scanScripts = await scriptsLoadedBy(browser, baseURL, `/scan/${token}/1`, async (scanPage) => {
    await answerItems(scanPage, itemsOfDomain(quick, domain.id), () => 3);
  });

  // The results page of the same scan.
  await page.goto(`/scan/${token}/review`);
  const shareToken = await submitReview(page, "nl");
  const resultsScripts = await scriptsLoadedBy(browser, baseURL, `/results/${shareToken}`);

  for (const marker of RECHARTS_MARKERS) {
    expect(
      scriptsWith(resultsScripts, marker).length,
      `"${marker}" should be in the results page's JavaScript (otherwise this test proves nothing)`,
    ).toBeGreaterThan(0);
    expect(scriptsWith(scanScripts, marker), `questionnaire page scripts containing "${marker}"`).toEqual([]);
  }
});
