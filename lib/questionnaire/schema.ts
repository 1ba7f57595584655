import { z } from "zod";
import { RESPONDENT_ROLES } from "@/lib/questionnaire/respondent-roles";

// Naming rule for zod schemas across the project: `<thing>Schema`, types inferred as `<Thing>`.

export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "must be lower-case kebab-case (a-z, 0-9, -)")
  .max(64);

/** Text in every supported language; a missing or empty translation is refused. */
export const localizedTextSchema = z.strictObject({
  nl: z.string().trim().min(1, "Dutch text is missing"),
  en: z.string().trim().min(1, "English text is missing"),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const SEED_FILE_ID = /^\d{3}_[0-9a-f]{16}$/;
const READABLE_SOURCE_ID = /^[a-z][a-z0-9-]*$/;

/**
 * Source article a piece of content is traced to: a readable id from questionnaires/sources.json
 * (e.g. "versterkingsdomeinen"), or, as in v1 files, the article's seed-file id (e.g. "000_3fe5606cb3d9fe7e").
 */
export const sourceSchema = z
  .string()
  .max(64)
  .refine(
    (value) => SEED_FILE_ID.test(value) || READABLE_SOURCE_ID.test(value),
    "must name a source: a readable id from sources.json (e.g. versterkingsdomeinen) or a seed-file id (e.g. 000_3fe5606cb3d9fe7e)",
  );

export const scalePointSchema = z.strictObject({
  value: z.number().int(),
  label: localizedTextSchema,
});

export const answerScaleSchema = z.strictObject({
  points: z.array(scalePointSchema).min(2),
  /**
   * Optional "not applicable" answer (answer value "na"); excluded from scoring. In a scale without
   * `dontKnow` (v1) it is the single "don't know / not applicable" answer.
   */
  notApplicable: z.strictObject({ label: localizedTextSchema }).optional(),
  /** Optional "don't know" answer (answer value "dk"), apart from "not applicable"; excluded from scoring. */
  dontKnow: z.strictObject({ label: localizedTextSchema }).optional(),
});

// Whose part of the organisation a respondent answers for (lib/questionnaire/scopes.ts, zod-free for forms).
export { SCOPES, type Scope } from "@/lib/questionnaire/scopes";

/** The scale's wording for one scope: an instruction, and one label per scale point (same order). */
export const scopeWordingSchema = z.strictObject({
  instruction: localizedTextSchema,
  points: z.array(localizedTextSchema).min(2),
});

/** A maturity level with its band on the normalised 0–100 score: from ≤ score < to (the last includes 100). */
export const levelSchema = z.strictObject({
  id: idSchema,
  from: z.number().min(0).max(100),
  to: z.number().min(0).max(100),
  name: localizedTextSchema,
  description: localizedTextSchema,
});

/** Per-domain wording of a level where it differs from the general one. */
export const domainLevelTextSchema = z.strictObject({
  name: localizedTextSchema.optional(),
  description: localizedTextSchema,
});

/** Who takes a recommendation's first step. */
export const OWNERS = ["board", "manager", "team"] as const;
export type Owner = (typeof OWNERS)[number];

export const recommendationSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  text: localizedTextSchema,
  /** Ids of the statements (items of the same domain) this recommendation addresses; orders the focused plan. */
  addresses: z.array(idSchema).min(1).optional(),
  /** The concrete first step. */
  firstStep: localizedTextSchema.optional(),
  /** Who takes the first step. */
  owner: z.enum(OWNERS).optional(),
  /** How to start this month. */
  thisMonth: localizedTextSchema.optional(),
  /** How to see that it worked, in terms of customers. */
  evidence: localizedTextSchema.optional(),
  sources: z.array(sourceSchema).min(1),
});

export const domainSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  weight: z.number().positive().default(1),
  /** Keyed by level id. */
  levels: z.record(z.string(), domainLevelTextSchema).default({}),
  /** Keyed by level id: the next steps for a domain at that level, most important first. */
  recommendations: z.record(z.string(), z.array(recommendationSchema).min(1)),
  /** What a perception gap between board/managers and employees in this domain means, and what to do about it. */
  gapAdvice: localizedTextSchema.optional(),
  /**
   * What a gap between two teams in this domain means (v3 on); a team-versus-team gap is about practice
   * differing between teams, not about position, so it needs its own text.
   */
  teamGapAdvice: localizedTextSchema.optional(),
});

export const itemSchema = z.strictObject({
  id: idSchema,
  domain: idSchema,
  statement: localizedTextSchema,
  help: localizedTextSchema.optional(),
  /** Negatively worded: scored as min + max − value. */
  reverse: z.boolean().default(false),
  weight: z.number().positive().default(1),
  /** Id of the item that says the opposite (one of the pair is `reverse`), to flag contradicting answers. */
  twin: idSchema.optional(),
  /**
   * The respondent roles that can see the practice from where they sit (v3 on). A round's roles map onto
   * these; content checks require every role to be able to score every domain. Absent in v1/v2.
   */
  audience: z.array(z.enum(RESPONDENT_ROLES)).min(1).optional(),
  sources: z.array(sourceSchema).min(1),
});

export const aggregationSchema = z.enum(["weighted-domain-mean", "item-mean"]);

export const questionnaireSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  version: z.number().int().positive(),
  kind: z.enum(["full", "quick"]),
  title: localizedTextSchema,
  introduction: localizedTextSchema,
  estimatedMinutes: z.number().int().positive().max(240),
  scale: answerScaleSchema,
  /**
   * Scale wording per round scope (v3 on); `scale.points` keeps the organisation wording for files and
   * screens that know no scope. Absent in v1/v2.
   */
  scopes: z.strictObject({ organisation: scopeWordingSchema, team: scopeWordingSchema }).optional(),
  aggregation: aggregationSchema,
  /** Share (0–1] of a domain's items that need a scale answer before the domain is scored. */
  minAnsweredShare: z.number().gt(0).max(1),
  /** Scored domains needed for an overall score and level; without it (v1) one scored domain is enough. */
  minScoredDomains: z.number().int().positive().optional(),
  levels: z.array(levelSchema).min(2),
  domains: z.array(domainSchema).min(1),
  items: z.array(itemSchema).min(1),
});

export type ScopeWording = z.infer<typeof scopeWordingSchema>;
export type ScalePoint = z.infer<typeof scalePointSchema>;
export type AnswerScale = z.infer<typeof answerScaleSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Aggregation = z.infer<typeof aggregationSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
/** The file as written (defaults not yet applied). */
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
