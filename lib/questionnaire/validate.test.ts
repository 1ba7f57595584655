import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadQuestionnaire, parseQuestionnaire } from "@/lib/questionnaire/validate";
import { buildItem, buildLevels, buildQuestionnaireInput } from "@/tests/factories/questionnaire";

function issuesOf(raw: unknown) {
  const result = parseQuestionnaire(raw);
  if (result.ok) throw new Error("expected the definition to be refused");
  return result.issues;
}

describe("parseQuestionnaire", () => {
  it("accepts the factory's definition and applies defaults", () => {
    const result = parseQuestionnaire(buildQuestionnaireInput());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.questionnaire.items.every((i) => i.weight === 1 && i.reverse === false)).toBe(true);
  });

  it("refuses duplicate item ids, naming both places", () => {
    const q = buildQuestionnaireInput();
    const first = q.items[0];
    const issues = issuesOf({ ...q, items: [...q.items, { ...first }] });
    expect(issues).toContainEqual({
      path: `items[${q.items.length}].id`,
      message: expect.stringMatching(/duplicate item id "alpha-1" \(also at items\[0\]\)/),
    });
  });

  it("refuses duplicate domain ids", () => {
    const q = buildQuestionnaireInput();
    expect(
      issuesOf({ ...q, domains: [...q.domains, q.domains[0]] })
        .map((i) => i.message)
        .join(),
    ).toMatch(/duplicate domain id/);
  });

  it("refuses an item pointing at an unknown domain", () => {
    const q = buildQuestionnaireInput();
    const issues = issuesOf({ ...q, items: [...q.items, buildItem({ id: "stray", domain: "nowhere" })] });
    expect(issues).toContainEqual({ path: `items[${q.items.length}].domain`, message: 'unknown domain "nowhere"' });
  });

  it("refuses a domain without items", () => {
    const q = buildQuestionnaireInput();
    const lonely = { ...q.domains[0], id: "lonely" };
    expect(issuesOf({ ...q, domains: [...q.domains, lonely] })).toContainEqual({
      path: `domains[${q.domains.length}]`,
      message: 'domain "lonely" has no items',
    });
  });

  it("refuses a gap between level bands", () => {
    const levels = buildLevels();
    levels[2] = { ...levels[2], from: 45 } as (typeof levels)[number];
    expect(issuesOf(buildQuestionnaireInput({ levels }))).toContainEqual({
      path: "levels[2].from",
      message: expect.stringMatching(/gap between 40 and 45/),
    });
  });

  it("refuses overlapping level bands", () => {
    const levels = buildLevels();
    levels[3] = { ...levels[3], from: 50 } as (typeof levels)[number];
    expect(issuesOf(buildQuestionnaireInput({ levels }))).toContainEqual({
      path: "levels[3].from",
      message: expect.stringMatching(/overlaps/),
    });
  });

  it("refuses bands that do not start at 0 or end at 100", () => {
    const levels = buildLevels();
    levels[0] = { ...levels[0], from: 5 } as (typeof levels)[number];
    levels[4] = { ...levels[4], to: 90 } as (typeof levels)[number];
    const paths = issuesOf(buildQuestionnaireInput({ levels })).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["levels[0].from", "levels[4].to"]));
  });

  it("refuses a missing translation, naming the path", () => {
    const q = buildQuestionnaireInput();
    const items = [{ ...q.items[0], statement: { nl: "Alleen Nederlands", en: "" } }, ...q.items.slice(1)];
    expect(issuesOf({ ...q, items })).toContainEqual({
      path: "items[0].statement.en",
      message: "English text is missing",
    });
  });

  it("refuses a domain without recommendations for a level, and recommendations for an unknown level", () => {
    const q = buildQuestionnaireInput();
    const [domain, ...rest] = q.domains;
    const { leading, ...recommendations } = domain?.recommendations ?? {};
    const broken = { ...domain, recommendations: { ...recommendations, legendary: leading } };
    const messages = issuesOf({ ...q, domains: [broken, ...rest] }).map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining(['no recommendations for level "leading"', 'unknown level "legendary"']),
    );
  });

  it("refuses a scale that is not ascending", () => {
    const q = buildQuestionnaireInput();
    const points = [...q.scale.points].reverse();
    expect(issuesOf({ ...q, scale: { ...q.scale, points } }).map((i) => i.path)).toContain("scale.points[1].value");
  });

  it("refuses unknown fields, so typos do not pass silently", () => {
    expect(
      issuesOf({ ...buildQuestionnaireInput(), aggregaton: "item-mean" })
        .map((i) => i.message)
        .join(),
    ).toMatch(/aggregaton/);
  });

  it("loadQuestionnaire throws an error naming the file, the path and the problem", () => {
    const q = buildQuestionnaireInput();
    expect(() =>
      loadQuestionnaire(
        { ...q, items: [...q.items, buildItem({ id: "x", domain: "nowhere" })] },
        "questionnaires/x.json",
      ),
    ).toThrow(/questionnaires\/x\.json at items\[\d+\]\.domain: unknown domain "nowhere"/);
  });
});

describe("npm run questionnaire:check", () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), "klantkompas-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes the shipped questionnaires", async () => {
    const { stdout } = await run("npx", ["tsx", "scripts/questionnaire-check.ts"]);
    expect(stdout).toMatch(/klantkompas-full\.v1\.json: OK/);
    expect(stdout).toMatch(/klantkompas-quick\.v1\.json: OK/);
    expect(stdout).toMatch(/klantkompas-mirror\.v1\.json: OK \(.*mirror of klantkompas-full v3/);
  });

  it("fails on a broken file, naming the file and path", async () => {
    const file = join(dir, "broken.json");
    const q = buildQuestionnaireInput();
    writeFileSync(file, JSON.stringify({ ...q, items: [...q.items, buildItem({ id: "x", domain: "nowhere" })] }));
    const failure = await run("npx", ["tsx", "scripts/questionnaire-check.ts", file]).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain(`${file} at items[`);
  });
});
