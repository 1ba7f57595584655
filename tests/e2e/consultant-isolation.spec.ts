import { expect, test } from "@playwright/test";
import {
  createClient,
  createInvite,
  expectNotFound,
  expectStatus,
  exportUrl,
  msg,
  newAccount,
  newContext,
  signUp,
  uniqueClientName,
} from "@/tests/e2e/support/consultant-helpers";
import { exactly } from "@/tests/e2e/support/scan-helpers";

// Two consultants, two workspaces: whatever B tries with A's links (client page, edit page, compare page,
// exports), it gets exactly what a link to nothing gets, a 404, and A's client never shows up in B's list.

test("a consultant cannot see, compare or export another workspace's client", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const contextA = await newContext(browser, "nl", testInfo);
  const contextB = await newContext(browser, "en", testInfo);
  try {
    // Consultant A: a client with a scan in progress.
    const pageA = await contextA.newPage();
    await signUp(pageA, "nl", newAccount("isolation-a"));
    const clientNameA = uniqueClientName("Vertrouwelijk");
    const clientA = await createClient(pageA, "nl", { name: clientNameA, sector: "financial", sizeBand: "10-49" });
    await createInvite(pageA, "nl", { kind: "quick", language: "nl" });
    const exportA = await contextA.request.get(exportUrl(clientA, "assessments", "json"));
    await expectStatus(exportA, 200, "A's own export");
    const { assessments } = (await exportA.json()) as { assessments: Array<{ assessment_id: string }> };
    expect(assessments).toHaveLength(1);
    const scanA = assessments[0]?.assessment_id ?? "";

    // Consultant B, with a client of their own.
    const pageB = await contextB.newPage();
    await signUp(pageB, "en", newAccount("isolation-b"));
    const clientNameB = uniqueClientName("Own client");
    const clientB = await createClient(pageB, "en", { name: clientNameB, sector: "ict", sizeBand: "1-9" });

    // A's pages: not found, with status 404.
    for (const path of [
      `/clients/${clientA}`,
      `/clients/${clientA}/edit`,
      `/clients/${clientA}/compare`,
      `/clients/${clientA}/compare?a=${scanA}&b=${scanA}`,
      // B's own client with A's scan in the query is no way in either.
      `/clients/${clientB}/compare?a=${scanA}&b=${scanA}`,
    ]) {
      await expectNotFound(pageB, "en", path);
      await expect(pageB.getByRole("main")).not.toContainText(clientNameA);
    }

    // A's exports: 404, whatever the kind or format, and nothing of A's in the body.
    for (const kind of ["assessments", "answers"] as const) {
      for (const format of ["csv", "json"] as const) {
        const response = await contextB.request.get(exportUrl(clientA, kind, format));
        await expectStatus(response, 404, `B exporting A's ${kind} as ${format}`);
        expect(await response.text()).not.toContain(clientNameA);
      }
    }

    // B's dashboard lists B's client only, and a search for A's client finds nothing.
    await pageB.goto("/dashboard");
    const table = pageB.getByRole("table");
    await expect(table.getByRole("link", { name: clientNameB, exact: true })).toBeVisible();
    await expect(table.locator("tbody tr")).toHaveCount(1);
    await expect(pageB.getByRole("main")).not.toContainText(clientNameA);
    await pageB.getByRole("searchbox", { name: exactly(msg("en", "dashboard.search")) }).fill(clientNameA);
    await pageB.getByRole("button", { name: exactly(msg("en", "dashboard.apply")) }).click();
    await expect(pageB).toHaveURL(/[?&]q=/);
    await expect(pageB.getByText(msg("en", "dashboard.noMatches"))).toBeVisible();
    await pageB.goto("/dashboard?archived=1");
    await expect(pageB.getByRole("main")).not.toContainText(clientNameA);

    // A still has everything, and cannot see B's client either.
    await pageA.goto(`/clients/${clientA}`);
    await expect(pageA.getByRole("heading", { level: 1, name: clientNameA, exact: true })).toBeVisible();
    await expectNotFound(pageA, "nl", `/clients/${clientB}`);
    await expectStatus(await contextA.request.get(exportUrl(clientB, "answers", "csv")), 404, "A exporting B's");
  } finally {
    await contextA.close();
    await contextB.close();
  }
});
