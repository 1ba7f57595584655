import { expect, test } from "@playwright/test";

test("the landing page renders a main heading", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status(), "HTTP status of /").toBeLessThan(400);
  await expect(page.locator("h1").first()).toBeVisible();
});
