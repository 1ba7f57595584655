import { z } from "zod";
import { answerScaleSchema, idSchema, localizedTextSchema, sourceSchema } from "@/lib/questionnaire/schema";

/**
 * A questionnaire of kind "mirror" (issue 19): statements a customer can judge from the outside, per domain of
 * the full scan it pairs with, each naming the internal statements it mirrors. Validated by lib/questionnaire
 * (parse, references against the paired full scan) like the scan questionnaires.
 */

/** How well customers can see a domain from outside: "limited" is said in the questionnaire and the results. */
export const OUTSIDE_VISIBILITY = ["clear", "limited"] as const;

export const mirrorDomainSchema = z.strictObject({
  /** A domain id of the paired full scan. */
  id: idSchema,
  outsideVisibility: z.enum(OUTSIDE_VISIBILITY),
  /** Why a domain is hard to see from outside, shown with its results (required when "limited"). */
  note: localizedTextSchema.optional(),
});

export const mirrorItemSchema = z.strictObject({
  id: idSchema,
  domain: idSchema,
  statement: localizedTextSchema,
  /** Item ids of the paired full scan, in the same domain, that this statement mirrors. */
  mirrors: z.array(idSchema).min(1),
  sources: z.array(sourceSchema).min(1),
});

/** Who answers: the instruction at the top of the form differs for external and internal customers. */
export const MIRROR_AUDIENCES = ["external", "internal"] as const;
export type MirrorAudience = (typeof MIRROR_AUDIENCES)[number];

export const mirrorQuestionnaireSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  version: z.number().int().positive(),
  kind: z.literal("mirror"),
  title: localizedTextSchema,
  introduction: localizedTextSchema,
  estimatedMinutes: z.number().int().positive().max(60),
  /** The full scan whose domains and items this mirrors. */
  pairsWith: z.strictObject({ id: idSchema, version: z.number().int().positive() }),
  /** Never … always, with "don't know" and "not applicable"; mapped to 0–100 as the internal scale is. */
  scale: answerScaleSchema,
  audiences: z.strictObject({
    external: z.strictObject({ instruction: localizedTextSchema }),
    internal: z.strictObject({ instruction: localizedTextSchema }),
  }),
  /** Share (0–1] of a domain's statements that need enough scale answers before the domain gets an outside score. */
  minAnsweredShare: z.number().gt(0).max(1),
  domains: z.array(mirrorDomainSchema).min(1),
  items: z.array(mirrorItemSchema).min(1),
  /** Customer appreciation indicators; whether a mirror asks them is the organiser's choice. */
  appreciation: z.strictObject({
    nps: z.strictObject({ question: localizedTextSchema, sources: z.array(sourceSchema).min(1) }),
    mark: z.strictObject({ question: localizedTextSchema, sources: z.array(sourceSchema).min(1) }),
    open: z.strictObject({
      question: localizedTextSchema,
      maxLength: z.number().int().positive().max(2000),
    }),
  }),
});

export type MirrorQuestionnaire = z.infer<typeof mirrorQuestionnaireSchema>;
export type MirrorQuestionnaireDomain = z.infer<typeof mirrorDomainSchema>;
export type MirrorQuestionnaireItem = z.infer<typeof mirrorItemSchema>;
