import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { scoreResponse } from "@/lib/scoring";
import mirrorV1 from "@/questionnaires/klantkompas-mirror.v1.json";
import { setUpCliScript } from "@/tests/support/cli-script";

const { dir, file, run } = setUpCliScript("mirror");

const questionnaire = "questionnaires/klantkompas-mirror.v1.json";
const items = mirrorV1.items.map((item) => item.id);
const DOMAINS = mirrorV1.domains.map((d) => d.id);
const all = (value: number | "dk" | "na") => Object.fromEntries(items.map((id) => [id, value]));

// 6 business customers answering "sometimes" (50), 6 private ones "always" (100), 2 without a segment "never".
const customers = file("customers.json", [
  ...Array.from({ length: 6 }, () => ({ segment: "business", answers: all(3), nps: 9, mark: 8 })),
  ...Array.from({ length: 6 }, () => ({ segment: "private", answers: all(5), nps: 10, mark: 9 })),
  { answers: all(1), nps: 2, mark: 4 },
  { answers: all(1) },
]);
// A round's aggregate (npm run aggregate), as far as the mirror reads it: inside 90 everywhere but hr (hidden).
const roundInside = file("round.json", {
  version: 3,
  questionnaireId: "klantkompas-full",
  questionnaireVersion: 3,
  respondents: 9,
  domains: DOMAINS.map((domainId) =>
    domainId === "hr"
      ? { domainId, shown: false, respondents: null, score: null }
      : { domainId, shown: true, respondents: 9, score: 90 },
  ),
});

// Concurrent: each case starts a tsx process, which takes about a second.
describe.concurrent("npm run mirror", { timeout: 120_000 }, () => {
  it("prints the mirror as JSON: domains with inside, gap and label, NPS, mark and segments", async ({ expect }) => {
    const { code, stdout, stderr } = await run(questionnaire, customers, "--inside", roundInside);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ respondents: 14, minGroupSize: 5, shown: true });
    // (6 × 50 + 6 × 100 + 2 × 0) / 14 = 64.3; inside 90: gap 25.7, a blind spot.
    expect(result.domains[0]).toEqual({
      domainId: "leadership",
      respondents: 14,
      shown: true,
      score: 64.3,
      inside: 90,
      insideRespondents: 9,
      gap: 25.7,
      label: "blind-spot",
      limitedVisibility: true,
    });
    expect(result.domains.find((d: { domainId: string }) => d.domainId === "hr")).toMatchObject({
      score: 64.3,
      inside: null,
      gap: null,
      label: null,
    });
    // 12 promoters, 1 detractor of 13: 92.3 − 7.7 = 84.6; 1.645 × √((12/13 + 1/13 − (11/13)²) / 13) × 100 = 24.3.
    expect(result.nps).toEqual({
      respondents: 13,
      promoters: 12,
      passives: 0,
      detractors: 1,
      score: 84.6,
      margin90: 24.3,
    });
    // (6 × 8 + 6 × 9 + 4) / 13 = 8.15
    expect(result.mark).toMatchObject({ respondents: 13, mean: 8.2 });
    // Two customers without a segment: showing both segments would reveal them, so business (first) hides.
    expect(result.groups).toEqual([
      { by: "segment", key: "business", respondents: null, shown: false, domains: null, nps: null, mark: null },
      expect.objectContaining({ by: "segment", key: "private", respondents: 6, shown: true }),
    ]);
    expect(result.groups[1].domains[0]).toMatchObject({ score: 100, gap: -10, label: "aligned" });
  });

  it("reads a self-scan's score (npm run score) as the inside view", async ({ expect }) => {
    const full = getQuestionnaire("klantkompas-full", 3);
    if (!full) throw new Error("full v3 missing");
    const scored = scoreResponse(
      full,
      full.items.map((item) => ({ itemId: item.id, value: 5 })),
    );
    const { code, stdout } = await run(questionnaire, customers, "--inside", file("score.json", scored));
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(
      result.domains.map((d: { inside: number; insideRespondents: number }) => [d.inside, d.insideRespondents]),
    ).toEqual(DOMAINS.map(() => [100, 1]));
    expect(result.domains.every((d: { label: string }) => d.label === "blind-spot")).toBe(true);
  });

  it("warns when the inside view is of another questionnaire version, and goes on", async ({ expect }) => {
    const other = file("other.json", {
      ...JSON.parse(JSON.stringify({ version: 3 })),
      questionnaireId: "klantkompas-quick",
      questionnaireVersion: 3,
      domains: [{ domainId: "culture", shown: true, respondents: 6, score: 70 }],
    });
    const { code, stderr } = await run(questionnaire, customers, "--inside", other);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: .*klantkompas-quick v3; the mirror pairs with klantkompas-full v3/);
  });

  it("applies --min-group, never below 5", async ({ expect }) => {
    const low = await run(questionnaire, customers, "--min-group", "3");
    expect(low.code).toBe(0);
    expect(low.stderr).toContain("--min-group 3 is below 5");
    expect(JSON.parse(low.stdout).minGroupSize).toBe(5);
    const high = await run(questionnaire, customers, "--min-group=7");
    const atSeven = JSON.parse(high.stdout);
    expect(atSeven.minGroupSize).toBe(7);
    // business and private (6 each) are below 7: no segment is shown.
    expect(atSeven.groups.every((g: { shown: boolean }) => !g.shown)).toBe(true);
    const few = await run(questionnaire, file("few.json", [{ answers: all(5), nps: 10 }]));
    expect(JSON.parse(few.stdout)).toMatchObject({
      respondents: 1,
      shown: false,
      nps: { respondents: 1, score: null },
    });
  });

  it("exits 2 naming the customer and statement of a bad answer, without a stack trace", async ({ expect }) => {
    const bad = file("bad.json", [
      { answers: { [items[0] ?? ""]: 4 } },
      { answers: { [items[0] ?? ""]: 9 }, nps: 11, extra: true },
      { answers: { "no-such-statement": 3 } },
    ]);
    const { code, stdout, stderr } = await run(questionnaire, bad);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`customers[1].answers.${items[0]}`);
    expect(stderr).toContain("customers[1].nps");
    expect(stderr).toContain('"extra"');
    expect(stderr).not.toMatch(/^\s+at /m);
    const unknown = await run(questionnaire, file("unknown.json", [{ answers: { "no-such-statement": 3 } }]));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "customers[0].answers.no-such-statement: not a statement of klantkompas-mirror v1",
    );
    const notArray = await run(questionnaire, file("object.json", { answers: {} }));
    expect(notArray).toMatchObject({ code: 2, stderr: expect.stringContaining("customers: ") });
  });

  it("exits 2 naming the questionnaire file and the path of its problem", async ({ expect }) => {
    const broken = structuredClone(mirrorV1);
    const first = broken.items[0];
    if (first) first.mirrors = ["processes-aftercare"];
    const brokenFile = file("broken.json", broken);
    const { code, stderr } = await run(brokenFile, customers);
    expect(code).toBe(2);
    expect(stderr).toContain(`${brokenFile} at items[0].mirrors[0]: "processes-aftercare" is in domain "processes"`);
    const scan = await run("questionnaires/klantkompas-full.v3.json", customers);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toContain("at kind:");
    expect(scan.stderr).not.toMatch(/^\s+at /m);
  });

  it("exits 2 on an inside file that is neither a score nor an aggregate", async ({ expect }) => {
    const { code, stderr } = await run(questionnaire, customers, "--inside", file("inside.json", { domains: [1] }));
    expect(code).toBe(2);
    expect(stderr).toContain("expected the output of npm run score (a self-scan) or npm run aggregate (a round)");
    const none = await run(
      questionnaire,
      customers,
      "--inside",
      file("elsewhere.json", {
        ...JSON.parse(readRound()),
        domains: [{ domainId: "x", shown: true, respondents: 5, score: 1 }],
      }),
    );
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("none of its domains is a domain of klantkompas-mirror v1");
  });

  it("exits 2 on a file that is missing or not JSON", async ({ expect }) => {
    const missing = join(dir, "missing.json");
    expect(await run(questionnaire, missing)).toMatchObject({ code: 2, stderr: expect.stringContaining(missing) });
    const notJson = join(dir, "not-json.json");
    writeFileSync(notJson, "[ nope");
    expect(await run(questionnaire, notJson)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("not valid JSON"),
    });
  });

  it("exits 2 with usage on wrong arguments", async ({ expect }) => {
    for (const args of [
      [],
      [questionnaire],
      [questionnaire, customers, customers],
      [questionnaire, customers, "--inside"],
      [questionnaire, customers, "--min-group", "many"],
      [questionnaire, customers, "--other"],
    ]) {
      const { code, stdout, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("Usage: npm run mirror --");
    }
  });
});

function readRound(): string {
  return JSON.stringify({ version: 3, questionnaireId: "klantkompas-full", questionnaireVersion: 3 });
}
