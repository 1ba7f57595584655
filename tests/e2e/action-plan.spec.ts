import { expect, test } from "@playwright/test";
import {
  answerItems,
  answerLabel,
  BROWSER_LOCALE,
  itemsOfDomain,
  readQuestionnaire,
  startScan,
  submitReview,
  t,
} from "@/tests/e2e/support/scan-helpers";

// The focused action plan on a quick scan: leadership and culture are the weakest domains, with one
// statement each answered lowest. The plan opens with three next steps — first those tied to a low
// statement, weakest domain first — each with its first step, owner, start this month and customer
// evidence, and the statements it addresses with the answer given; the rest follows by domain.

const quick = readQuestionnaire("quick");
const ANSWERS: Record<string, 1 | 2 | 3> = {
  "leadership-sets-example": 2,
  "leadership-chooses-customer": 2,
  "leadership-explains-purpose": 1,
  "culture-customer-first": 2,
  "culture-open-to-new-ideas": 1,
  "culture-watches-competitors": 3,
};
// Leadership 16.67 and culture 25 ("Ad hoc"); the other four domains 75 ("Verankerd"). The quick scan (v3) has
// one recommendation per domain and level, so after the two weak domains the third step is the first of the
// others that addresses a statement (all answered 4), and the rest holds the remaining three domains.
const EXPECTED_NEXT = [
  { domain: "leadership", id: "leadership-aware-explain-purpose", addresses: "leadership-explains-purpose" },
  { domain: "culture", id: "culture-aware-write-down-ideas", addresses: "culture-open-to-new-ideas" },
  { domain: "hr", id: "hr-established-reward-policy", addresses: null },
];
const REST_DOMAINS = ["strategy", "interfunctional", "processes"];
const WEAKEST_LEADERSHIP_STATEMENT = "leadership-explains-purpose";

test.use({ locale: BROWSER_LOCALE.nl });
test.describe.configure({ timeout: 90_000 });

function recommendation(domainId: string, id: string) {
  const domain = quick.domains.find((d) => d.id === domainId);
  const found = Object.values(domain?.recommendations ?? {})
    .flatMap((list) => list ?? [])
    .find((r) => r.id === id);
  if (!domain || !found) throw new Error(`no recommendation ${id} in ${domainId}`);
  return { domain, recommendation: found };
}

test("the action plan opens with three next steps tied to the lowest statements, then the rest by domain", async ({
  page,
}) => {
  const { token } = await startScan(page, "nl", "quick");
  for (const [index, domain] of quick.domains.entries()) {
    await page.goto(`/scan/${token}/${index + 1}`);
    await answerItems(page, itemsOfDomain(quick, domain.id), (item) => ANSWERS[item.id] ?? 4);
  }
  await page.goto(`/scan/${token}/review`);
  await submitReview(page, "nl");

  const plan = page.getByRole("region", { name: t("nl", "results.actionPlan") });
  const next = plan.getByRole("region", { name: t("nl", "measurement.plan.nextTitle") });
  await expect(next).toContainText(t("nl", "measurement.plan.nextLead"));
  const steps = next.locator("ol > li");
  await expect(steps).toHaveCount(3);
  for (const [index, expected] of EXPECTED_NEXT.entries()) {
    const { domain, recommendation: r } = recommendation(expected.domain, expected.id);
    const step = steps.nth(index);
    await expect(step).toHaveText(new RegExp(`^${index + 1}\\D`));
    await expect(step.getByRole("heading", { level: 4 })).toHaveText(r.title.nl);
    await expect(step).toContainText(domain.name.nl);
    for (const term of ["firstStep", "owner", "thisMonth", "evidence"]) {
      await expect(step).toContainText(t("nl", `measurement.plan.${term}`));
    }
    if (expected.addresses) {
      const item = quick.items.find((candidate) => candidate.id === expected.addresses);
      const addressed = step.getByRole("listitem").filter({ hasText: item?.statement.nl ?? "?" });
      await expect(addressed).toContainText(`(${answerLabel(quick, ANSWERS[expected.addresses] ?? 4, "nl")})`);
    }
  }
  await expect(steps.nth(0)).toContainText(t("nl", "measurement.plan.owners.board"));

  // The rest, grouped by domain, weakest first and closed until asked for; nothing from the top three repeated.
  await expect(plan.getByRole("region", { name: t("nl", "measurement.plan.restTitle") })).toHaveCount(0);
  await plan.getByTestId("plan-rest-disclosure").locator("summary").click();
  const rest = plan.getByRole("region", { name: t("nl", "measurement.plan.restTitle") });
  const domainOrder = REST_DOMAINS.map((id) => quick.domains.find((d) => d.id === id)?.name.nl ?? id);
  await expect(rest.getByRole("heading", { level: 4 })).toHaveText(domainOrder);
  for (const expected of EXPECTED_NEXT) {
    const { recommendation: r } = recommendation(expected.domain, expected.id);
    await expect(rest.getByRole("heading", { level: 5, name: r.title.nl, exact: true })).toHaveCount(0);
  }

  // Per domain, the weakest statement is shown with the answer given.
  const leadershipCard = page
    .getByRole("region", { name: t("nl", "results.perDomain") })
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { level: 3, name: quick.domains[0]?.name.nl ?? "", exact: true }) });
  const weakest = quick.items.find((item) => item.id === WEAKEST_LEADERSHIP_STATEMENT);
  await expect(leadershipCard).toContainText(t("nl", "measurement.statements.weakest"));
  await expect(leadershipCard).toContainText(weakest?.statement.nl ?? "?");
  await expect(leadershipCard).toContainText(
    t("nl", "measurement.statements.answer", { answer: answerLabel(quick, 1, "nl") }),
  );
});
