import type { z } from "zod";
import type {
  domainSchema,
  itemSchema,
  levelSchema,
  Questionnaire,
  QuestionnaireInput,
  recommendationSchema,
} from "@/lib/questionnaire/schema";
import { formatDefinitionIssues, parseQuestionnaire } from "@/lib/questionnaire/validate";

export type ItemInput = z.input<typeof itemSchema>;
export type DomainInput = z.input<typeof domainSchema>;
export type LevelInput = z.input<typeof levelSchema>;
export type RecommendationInput = z.input<typeof recommendationSchema>;

export const SOURCE = "000_3fe5606cb3d9fe7e";
export const LEVEL_IDS = ["reactive", "aware", "developing", "established", "leading"] as const;

/** Both required languages, derived from one English text. */
export function text(en: string): { nl: string; en: string } {
  return { nl: `${en} (nl)`, en };
}

/** Five levels on the bands 0–20–40–60–80–100. */
export function buildLevels(): LevelInput[] {
  return LEVEL_IDS.map((id, i) => ({
    id,
    from: i * 20,
    to: (i + 1) * 20,
    name: text(`Level ${id}`),
    description: text(`General description of ${id}`),
  }));
}

/** Scores on either side of each inner band edge of buildLevels (and the default questionnaires), with their level. */
export const LEVEL_EDGE_SCORES: Array<[number, string]> = [
  [19.99, "reactive"],
  [20, "aware"],
  [39.99, "aware"],
  [40, "developing"],
  [59.99, "developing"],
  [60, "established"],
  [79.99, "established"],
  [80, "leading"],
  [99.99, "leading"],
];

/** 1–5 agree scale; with "don't know / n.a." unless told otherwise, and a separate "don't know" on request. */
export function buildScale({
  notApplicable = true,
  dontKnow = false,
}: {
  notApplicable?: boolean;
  dontKnow?: boolean;
} = {}): QuestionnaireInput["scale"] {
  const labels = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"];
  return {
    points: labels.map((label, i) => ({ value: i + 1, label: text(label) })),
    ...(notApplicable ? { notApplicable: { label: text(dontKnow ? "Not applicable" : "Don't know / n.a.") } } : {}),
    ...(dontKnow ? { dontKnow: { label: text("Don't know") } } : {}),
  };
}

export function buildRecommendation(overrides: Partial<RecommendationInput> & { id: string }): RecommendationInput {
  return {
    title: text(`Title of ${overrides.id}`),
    text: text(`Text of ${overrides.id}`),
    sources: [SOURCE],
    ...overrides,
  };
}

/** A domain with one recommendation `<domain>-<level>` for every level id. */
export function buildDomain(
  overrides: Partial<DomainInput> & { id: string },
  levelIds: ReadonlyArray<string> = LEVEL_IDS,
): DomainInput {
  const recommendations = Object.fromEntries(
    levelIds.map((levelId) => [levelId, [buildRecommendation({ id: `${overrides.id}-${levelId}` })]]),
  );
  return {
    name: text(`Domain ${overrides.id}`),
    description: text(`About ${overrides.id}`),
    recommendations,
    ...overrides,
  };
}

export function buildItem(overrides: Partial<ItemInput> & { id: string; domain: string }): ItemInput {
  return { statement: text(`Statement ${overrides.id}`), sources: [SOURCE], ...overrides };
}

/** `count` items `<domain>-1` … `<domain>-<count>`, each with the same overrides. */
export function buildItems(domain: string, count: number, overrides: Partial<ItemInput> = {}): ItemInput[] {
  return Array.from({ length: count }, (_, i) => buildItem({ id: `${domain}-${i + 1}`, domain, ...overrides }));
}

/** The raw (unparsed) default definition: domains "alpha" and "beta" with two items each. */
export function buildQuestionnaireInput(overrides: Partial<QuestionnaireInput> = {}): QuestionnaireInput {
  return {
    id: "test-questionnaire",
    version: 1,
    kind: "full",
    title: text("Test questionnaire"),
    introduction: text("For tests"),
    estimatedMinutes: 10,
    scale: buildScale(),
    aggregation: "weighted-domain-mean",
    minAnsweredShare: 0.5,
    levels: buildLevels(),
    domains: [buildDomain({ id: "alpha" }), buildDomain({ id: "beta" })],
    items: [...buildItems("alpha", 2), ...buildItems("beta", 2)],
    ...overrides,
  };
}

/** A parsed, validated questionnaire; throws with the definition issues when the overrides make it invalid. */
export function buildQuestionnaire(overrides: Partial<QuestionnaireInput> = {}): Questionnaire {
  const result = parseQuestionnaire(buildQuestionnaireInput(overrides));
  if (!result.ok) throw new Error(formatDefinitionIssues("buildQuestionnaire", result.issues));
  return result.questionnaire;
}
