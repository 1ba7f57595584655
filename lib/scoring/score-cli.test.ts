import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { buildLevels, buildQuestionnaireInput } from "@/tests/factories/questionnaire";
import { setUpCliScript } from "@/tests/support/cli-script";

const { dir, file, run } = setUpCliScript("score");

const questionnaire = file("questionnaire.json", buildQuestionnaireInput());

// Concurrent: each case starts a tsx process, which takes about a second.
describe.concurrent("npm run score", { timeout: 60_000 }, () => {
  it("prints the result as JSON for answers given as an object", async ({ expect }) => {
    const answers = file("answers.json", { "alpha-1": 4, "alpha-2": "na", "beta-1": 2, "beta-2": 3 });
    const { code, stdout, stderr } = await run(questionnaire, answers);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // alpha: 4 → 75; beta: 2.5 → 37.5; mean of the two = 56.25.
    expect(result.overall).toMatchObject({ status: "scored", score: 56.25, level: "developing", notApplicable: 1 });
    expect(result.weakestDomains).toEqual(["beta", "alpha"]);
  });

  it("accepts answers given as an array", async ({ expect }) => {
    const answers = file("answers-array.json", [
      { itemId: "alpha-1", value: 5 },
      { itemId: "beta-1", value: 1 },
    ]);
    const { code, stdout } = await run(questionnaire, answers);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).overall.score).toBe(50);
  });

  it("exits 1 naming an unknown item", async ({ expect }) => {
    const answers = file("unknown.json", { "alpha-1": 4, "no-such-item": 3 });
    const { code, stdout, stderr } = await run(questionnaire, answers);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('"no-such-item"');
    expect(stderr).toContain(answers);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("exits 1 naming the questionnaire file and the path of the problem", async ({ expect }) => {
    const broken = file(
      "broken.json",
      buildQuestionnaireInput({ levels: buildLevels().map((l) => ({ ...l, to: Math.min(l.to, 90) })) }),
    );
    const { code, stderr } = await run(broken, file("ok.json", {}));
    expect(code).toBe(1);
    expect(stderr).toContain(broken);
    expect(stderr).toContain("levels[4].to");
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("exits 1 on a file that is missing or not JSON", async ({ expect }) => {
    const missing = join(dir, "missing.json");
    expect(await run(questionnaire, missing)).toMatchObject({ code: 1, stderr: expect.stringContaining(missing) });
    const notJson = join(dir, "not-json.json");
    writeFileSync(notJson, "{ nope");
    expect(await run(questionnaire, notJson)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("not valid JSON"),
    });
  });

  it("exits 2 with usage on a wrong number of arguments", async ({ expect }) => {
    for (const args of [[], [questionnaire], [questionnaire, questionnaire, questionnaire]]) {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr).toContain("Usage: npm run score -- QUESTIONNAIRE_FILE ANSWERS.json");
    }
  });
});
