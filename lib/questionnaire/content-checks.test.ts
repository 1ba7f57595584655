import { describe, expect, it } from "vitest";
import {
  checkAudience,
  checkLevelTexts,
  checkOwners,
  checkQuantifiers,
  checkScopesAndGaps,
  checkSources,
  checkTwins,
  contentIssues,
} from "@/lib/questionnaire/content-checks";
import type { QuestionnaireInput } from "@/lib/questionnaire/schema";
import type { SourceEntry } from "@/lib/questionnaire/sources";
import {
  buildDomain,
  buildItem,
  buildItems,
  buildQuestionnaire,
  buildRecommendation,
  LEVEL_IDS,
  text,
} from "@/tests/factories/questionnaire";

const ALL_ROLES = ["board", "manager", "employee", "other"] as const;
const SOURCES: SourceEntry[] = [
  {
    id: "versterkingsdomeinen",
    seedFile: "000_3fe5606cb3d9fe7e",
    title: "t",
    author: "a",
    language: "nl",
    contributes: text("c"),
  },
];

/** A domain that passes every content rule: own level texts, a gap advice, owned recommendations. */
function goodDomain(id: string) {
  const levels = Object.fromEntries(LEVEL_IDS.map((l) => [l, { description: text(`${id} at ${l}`) }]));
  const recommendations = Object.fromEntries(
    LEVEL_IDS.map((l) => [
      l,
      [
        buildRecommendation({
          id: `${id}-${l}`,
          owner: "manager",
          addresses: [`${id}-1`],
          sources: ["versterkingsdomeinen"],
        }),
      ],
    ]),
  );
  return buildDomain({
    id,
    levels,
    recommendations,
    gapAdvice: text(`gap in ${id}`),
    teamGapAdvice: text(`teams differ in ${id}`),
  });
}

const scopeWording = {
  instruction: text("Answer for"),
  points: ["1", "2", "3", "4", "5"].map((p) => text(`point ${p}`)),
};

function goodInput(overrides: Partial<QuestionnaireInput> = {}): Partial<QuestionnaireInput> {
  return {
    version: 3,
    scale: {
      points: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(`point ${value}`) })),
      notApplicable: { label: text("Not applicable") },
      dontKnow: { label: text("Don't know") },
    },
    scopes: { organisation: scopeWording, team: scopeWording },
    domains: [goodDomain("alpha"), goodDomain("beta")],
    items: [
      ...buildItems("alpha", 2, { audience: [...ALL_ROLES], sources: ["versterkingsdomeinen"] }),
      ...buildItems("beta", 2, { audience: [...ALL_ROLES], sources: ["versterkingsdomeinen"] }),
    ],
    ...overrides,
  };
}

const good = () => buildQuestionnaire(goodInput());

describe("content checks", () => {
  it("pass a questionnaire that keeps every rule", () => {
    expect(contentIssues(good(), SOURCES)).toEqual([]);
  });

  it("exempt released versions before v3", () => {
    const v2 = buildQuestionnaire({ version: 2 });
    expect(contentIssues(v2, SOURCES)).toEqual([]);
  });

  it("refuse a quantifier word in a scored statement, in Dutch and in English", () => {
    const q = good();
    const [first, second, ...rest] = q.items;
    if (!first || !second) throw new Error("fixture has items");
    const items = [
      { ...first, statement: { nl: "We spreken met elke klant een datum af.", en: "We agree a date." } },
      { ...second, statement: { nl: "Teams verbeteren hun werk.", en: "Teams always improve their work." } },
      ...rest,
    ];
    expect(checkQuantifiers({ ...q, items }).map((i) => i.path)).toEqual([
      "items[0].statement.nl",
      "items[1].statement.en",
    ]);
  });

  it("does not mistake a longer word for a quantifier", () => {
    const q = good();
    const items = q.items.map((item) => ({
      ...item,
      statement: { nl: "Alleen vastgelegde afspraken tellen.", en: "Small teams call back." },
    }));
    expect(checkQuantifiers({ ...q, items })).toEqual([]);
  });

  it("refuse a negatively worded (scored) statement and twins closer than ten statements", () => {
    const items = [
      buildItem({ id: "alpha-1", domain: "alpha", twin: "alpha-2", audience: [...ALL_ROLES] }),
      buildItem({ id: "alpha-2", domain: "alpha", reverse: true, audience: [...ALL_ROLES] }),
      ...buildItems("beta", 2, { audience: [...ALL_ROLES] }),
    ];
    const q = buildQuestionnaire(goodInput({ items }));
    expect(checkTwins(q)).toEqual([
      { path: "items[0].twin", message: expect.stringContaining("1 statements apart") },
      { path: "items[1].reverse", message: expect.stringContaining("negatively worded") },
    ]);
  });

  it("refuse a statement without an audience and a domain a role cannot score", () => {
    const items = [
      buildItem({ id: "alpha-1", domain: "alpha", audience: ["board"] }),
      buildItem({ id: "alpha-2", domain: "alpha" }),
      ...buildItems("beta", 2, { audience: [...ALL_ROLES] }),
    ];
    const issues = checkAudience(buildQuestionnaire(goodInput({ items })));
    expect(issues.map((i) => i.path)).toEqual(["items[1].audience", "domains[0]", "domains[0]", "domains[0]"]);
    // The board judges 1 of 2: exactly the minimum share (0.5), so it can score the domain.
    expect(issues[1]?.message).toContain('role "manager" can judge 0 of 2');
    expect(issues[3]?.message).toContain('role "other" can judge 0 of 2');
  });

  it("refuse a missing domain level text and one two domains share", () => {
    const alpha = goodDomain("alpha");
    const beta = goodDomain("beta");
    const { leading: _dropped, ...alphaLevels } = alpha.levels ?? {};
    const domains = [
      { ...alpha, levels: alphaLevels },
      { ...beta, levels: { ...beta.levels, aware: { description: text("alpha at aware") } } },
    ];
    const issues = checkLevelTexts(buildQuestionnaire(goodInput({ domains })));
    expect(issues.map((i) => i.path)).toEqual([
      "domains[0].levels.leading",
      "domains[1].levels.aware.description.nl",
      "domains[1].levels.aware.description.en",
    ]);
  });

  it("refuse a recommendation without an owner, or whose owner cannot see what it addresses", () => {
    const alpha = goodDomain("alpha");
    const domains = [
      {
        ...alpha,
        recommendations: {
          ...alpha.recommendations,
          reactive: [buildRecommendation({ id: "no-owner", sources: ["versterkingsdomeinen"] })],
          aware: [
            buildRecommendation({
              id: "blind-owner",
              owner: "team",
              addresses: ["alpha-1"],
              sources: ["versterkingsdomeinen"],
            }),
          ],
        },
      },
      goodDomain("beta"),
    ];
    const items = [
      buildItem({ id: "alpha-1", domain: "alpha", audience: ["board", "manager"] }),
      ...buildItems("beta", 2, { audience: [...ALL_ROLES] }),
    ];
    const issues = checkOwners(buildQuestionnaire(goodInput({ domains, items })));
    expect(issues).toEqual([
      { path: "domains[0].recommendations.reactive[0]", message: expect.stringContaining("needs an owner") },
      { path: "domains[0].recommendations.aware[0].owner", message: expect.stringContaining('owner "team"') },
    ]);
  });

  it("refuse a source id missing from sources.json, and a seed-file id", () => {
    const items = [
      buildItem({ id: "alpha-1", domain: "alpha", audience: [...ALL_ROLES], sources: ["made-up-article"] }),
      buildItem({ id: "alpha-2", domain: "alpha", audience: [...ALL_ROLES], sources: ["000_3fe5606cb3d9fe7e"] }),
      ...buildItems("beta", 2, { audience: [...ALL_ROLES], sources: ["versterkingsdomeinen"] }),
    ];
    const issues = checkSources(buildQuestionnaire(goodInput({ items })), SOURCES);
    expect(issues.map((i) => i.path)).toEqual(["items[0].sources", "items[1].sources"]);
  });

  it("refuse a questionnaire without scope wording or a domain without gap advice", () => {
    const { gapAdvice: _none, teamGapAdvice: _neither, ...alpha } = goodDomain("alpha");
    const q = buildQuestionnaire(goodInput({ scopes: undefined, domains: [alpha, goodDomain("beta")] }));
    expect(checkScopesAndGaps(q).map((i) => i.path)).toEqual([
      "scopes.organisation",
      "scopes.team",
      "domains[0].gapAdvice",
      "domains[0].teamGapAdvice",
    ]);
  });
});

describe("scope wording", () => {
  it("needs one label per scale point", () => {
    expect(() =>
      buildQuestionnaire(
        goodInput({
          scopes: { organisation: scopeWording, team: { ...scopeWording, points: [text("a"), text("b")] } },
        }),
      ),
    ).toThrow("scopes.team.points: has 2 labels but the scale has 5 points");
  });
});
