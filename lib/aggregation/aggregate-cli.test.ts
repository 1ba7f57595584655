import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, it } from "vitest";
import { aggregateAnswers } from "@/lib/aggregation/aggregate-answers";
import { RESPONDENT_ROLES } from "@/lib/questionnaire/respondent-roles";
import { loadQuestionnaire } from "@/lib/questionnaire/validate";
import { roundResponsesInputSchema } from "@/lib/schemas/round-responses";
import { buildLevels, buildQuestionnaireInput } from "@/tests/factories/questionnaire";

const root = fileURLToPath(new URL("../../", import.meta.url));
const script = join(root, "scripts/aggregate.ts");
const dir = mkdtempSync(join(tmpdir(), "aggregate-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", script, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const questionnaire = file("questionnaire.json", buildQuestionnaireInput());
const all = (value: number | "na" | "dk") => ({ "alpha-1": value, "alpha-2": value, "beta-1": value, "beta-2": value });
const round = file("round.json", [
  { role: "board", team: "Sales", answers: all(5) },
  { role: "board", team: "Sales", answers: all(4) },
  { role: "board", team: "Sales", answers: all(3) },
  { role: "employee", answers: { ...all(1), "beta-2": "na" } },
  { role: "employee", answers: all("dk") },
]);

// Concurrent: each case starts a tsx process, which takes about a second.
describe.concurrent("npm run aggregate", { timeout: 60_000 }, () => {
  it("prints the aggregate as JSON, warning on stderr about a group minimum below 5", async ({ expect }) => {
    const { code, stdout, stderr } = await run(questionnaire, round, "--min-group", "3");
    expect(stderr).toMatch(/^warning: a minimum group size of 3 is below 5/);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ version: 3, respondents: 5, minGroupSize: 3, minDistribution: 5 });
    // alpha: 100, 75, 50, 0 (the "dk" respondent counts in no domain) → 56.25, from 4 people: below the
    // distribution minimum of 5, so the mean without spread or consensus.
    expect(result.domains[0]).toEqual({
      domainId: "alpha",
      shown: true,
      respondents: 4,
      score: 56.25,
      level: "developing",
      spread: null,
      consensus: null,
      consensusCaveat: false,
      // 4 respondents, below 30: the reference spread, t(0.95, 3) · 15/√4 = 2.3534 · 7.5 → ± 17.65 (the
      // scores' own s = 42.7 plays no part), as in the app.
      interval90: { low: 38.6, high: 73.9 },
      margin90: 17.65,
      marginBasis: "reference-spread",
      // Below 30 respondents: no α.
      alpha: null,
    });
    // employee (2) is hidden, so board (3) must be too: 5 − 3 would reveal the employees (merging them would
    // leave one group for everyone). Likewise Sales (3) hides because two respondents named no team.
    expect(result.groups.map((g: { by: string; key: string; shown: boolean }) => [g.by, g.key, g.shown])).toEqual([
      ["role", "board", false],
      ["role", "employee", false],
      ["team", "Sales", false],
    ]);
    expect(result.groups[1]).toMatchObject({ respondents: null, tooFew: true, domains: [] });
    // Four scale answers per statement at most: no distribution is published.
    expect(
      result.items.every((item: { shown: boolean; counts: unknown[] }) => !item.shown && item.counts.length === 0),
    ).toBe(true);
  });

  it("prints the very numbers the app publishes: margins, their basis, α from 30, gaps", async ({ expect }) => {
    const answers = (a: number, b: number) => ({ "alpha-1": a, "alpha-2": a, "beta-1": b, "beta-2": b });
    const respondents = (perRole: number) => [
      ...Array.from({ length: perRole }, (_, i) => ({ role: "manager", answers: answers([5, 5, 4][i % 3] ?? 5, 3) })),
      ...Array.from({ length: perRole }, (_, i) => ({ role: "employee", answers: answers(1 + (i % 2), 3 + (i % 2)) })),
    ];
    for (const perRole of [6, 16]) {
      const input = respondents(perRole);
      const { code, stdout } = await run(questionnaire, file(`round-${perRole}.json`, input));
      expect(code).toBe(0);
      const printed = JSON.parse(stdout);
      // The same function and options as the app (aggregateAnswers), so the same rule for every number.
      const app = aggregateAnswers({
        questionnaire: loadQuestionnaire(buildQuestionnaireInput(), "questionnaire.json"),
        responses: roundResponsesInputSchema.parse(input),
        minGroupSize: 5,
        minDistribution: 5,
        roleOrder: [...RESPONDENT_ROLES, ...input.map((r) => r.role)],
        teamOrder: [],
      });
      expect(printed).toEqual(JSON.parse(JSON.stringify(app)));
      const bases = printed.domains.map((d: { marginBasis: string }) => d.marginBasis);
      const groupBases = printed.groups.flatMap((g: { domains: { marginBasis: string }[] }) =>
        g.domains.map((d) => d.marginBasis),
      );
      expect(groupBases).toEqual(["reference-spread", "reference-spread", "reference-spread", "reference-spread"]);
      const [alphaGap, betaGap] = printed.gaps;
      // managers vs employees on alpha: far beyond the margin either way.
      expect(alphaGap).toMatchObject({ domainId: "alpha", beyondMargin: true, flagged: true });
      if (perRole === 6) {
        // 12 respondents: reference spread, no α (from 30). beta: 50 vs 62.5, 12.5 points within ± 15.70.
        expect(bases).toEqual(["reference-spread", "reference-spread"]);
        expect(printed.domains.map((d: { alpha: number | null }) => d.alpha)).toEqual([null, null]);
        expect(betaGap).toMatchObject({ domainId: "beta", points: 12.5, margin: 15.7, beyondMargin: false });
      } else {
        // 32 respondents: the round's own spread and α (both statements of a domain always agree: 1); each
        // group of 16 still the reference spread. beta: 12.5 points beyond ± 9 (t(0.95, 30) · 15 · √(2/16)).
        expect(bases).toEqual(["own-spread", "own-spread"]);
        expect(printed.domains.map((d: { alpha: number | null }) => d.alpha)).toEqual([1, 1]);
        expect(betaGap).toMatchObject({
          domainId: "beta",
          points: 12.5,
          margin: 9,
          beyondMargin: true,
          flagged: false,
        });
      }
    }
  });

  it("uses a group minimum of 5 by default, without a warning", async ({ expect }) => {
    const { code, stdout, stderr } = await run(questionnaire, round);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toMatchObject({ minGroupSize: 5, minDistribution: 5, shown: true });
  });

  it("applies --min-distribution, and refuses one below the group minimum", async ({ expect }) => {
    const four = await run(questionnaire, round, "--min-group", "3", "--min-distribution", "4");
    expect(four.code).toBe(0);
    const atFour = JSON.parse(four.stdout);
    expect(atFour.minDistribution).toBe(4);
    expect(atFour.domains[0].spread).toEqual({ q1: 37.5, q3: 81.25 });
    const low = await run(questionnaire, round, "--min-group", "4", "--min-distribution=3");
    expect(low.code).toBe(2);
    expect(low.stderr).toContain("--min-distribution 3 is below the minimum group size 4");
    expect(low.stdout).toBe("");
  });

  it("applies --min-group, clamped to 3..10", async ({ expect }) => {
    const five = await run(questionnaire, round, "--min-group", "5");
    expect(five.code).toBe(0);
    const atFive = JSON.parse(five.stdout);
    expect(atFive).toMatchObject({ minGroupSize: 5, shown: true, respondents: 5 });
    expect(atFive.domains[0]).toMatchObject({ shown: false, respondents: null });
    expect(atFive.groups.every((g: { shown: boolean }) => !g.shown)).toBe(true);
    const low = await run(questionnaire, round, "--min-group=1");
    expect(low.code).toBe(0);
    expect(low.stderr).toContain("using 3");
    expect(JSON.parse(low.stdout).minGroupSize).toBe(3);
  });

  it("exits 1 naming the response and item of an invalid answer", async ({ expect }) => {
    const bad = file("bad-answer.json", [
      { role: "board", answers: { "alpha-1": 4 } },
      { role: "board", answers: { "alpha-1": 9 } },
    ]);
    const { code, stdout, stderr } = await run(questionnaire, bad);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("responses[1].answers.alpha-1");
    expect(stderr).toContain(bad);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("exits 1 on responses of the wrong shape", async ({ expect }) => {
    const notArray = await run(questionnaire, file("object.json", { role: "board" }));
    expect(notArray).toMatchObject({ code: 1, stderr: expect.stringContaining("expected an array") });
    const { code, stderr } = await run(
      questionnaire,
      file("shape.json", [{ role: "", answers: { "alpha-1": "maybe" }, extra: 1 }]),
    );
    expect(code).toBe(1);
    expect(stderr).toContain("responses[0].role: a role is required");
    expect(stderr).toContain("responses[0].answers.alpha-1");
    expect(stderr).toContain('"extra"');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("exits 1 naming the questionnaire file and the path of the problem", async ({ expect }) => {
    const broken = file(
      "broken.json",
      buildQuestionnaireInput({ levels: buildLevels().map((l) => ({ ...l, to: Math.min(l.to, 90) })) }),
    );
    const { code, stderr } = await run(broken, round);
    expect(code).toBe(1);
    expect(stderr).toContain(broken);
    expect(stderr).toContain("levels[4].to");
  });

  it("exits 1 on a file that is missing or not JSON", async ({ expect }) => {
    const missing = join(dir, "missing.json");
    expect(await run(questionnaire, missing)).toMatchObject({ code: 1, stderr: expect.stringContaining(missing) });
    const notJson = join(dir, "not-json.json");
    writeFileSync(notJson, "[ nope");
    expect(await run(questionnaire, notJson)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("not valid JSON"),
    });
  });

  it("exits 2 with usage on wrong arguments", async ({ expect }) => {
    for (const args of [
      [],
      [questionnaire],
      [questionnaire, round, round],
      [questionnaire, round, "--min-group"],
      [questionnaire, round, "--min-group", "three"],
      [questionnaire, round, "--nope"],
    ]) {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr).toContain("Usage: npm run aggregate -- QUESTIONNAIRE_FILE RESPONSES.json [--min-group N]");
    }
  });
});
