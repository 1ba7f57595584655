import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export interface A11yOptions {
  /** CSS selectors to limit the scan to. */
  include?: string[];
  /** CSS selectors to leave out (e.g. third-party widgets). */
  exclude?: string[];
  /** axe rule ids to skip, with a reason in the calling test. */
  disableRules?: string[];
}

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

function describeViolation(violation: Violation): string {
  const targets = violation.nodes.map((node) => `    - ${node.target.join(" ")}`).join("\n");
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets}`;
}

/** Runs axe-core on the current page and fails listing every serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  // After a client-side navigation (a server action's redirect) Next.js streams the <title> in a moment later.
  await expect(page).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page });
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

  const { violations } = await builder.analyze();
  const blocking = violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""));
  const report = blocking.map(describeViolation).join("\n");
  expect(blocking.length, `Serious/critical accessibility violations on ${page.url()}:\n${report}`).toBe(0);
}
