import { z } from "zod";
import type { MirrorCustomer, MirrorInside } from "@/lib/mirror/types";
import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";

/**
 * Reading the mirror's input files (`npm run mirror`, docs/mirror.md): customers' answers and the inside view.
 * Problems come back as lines naming the place in the file ("customers[3].answers.x: …"), never as a throw.
 */

export const mirrorAnswerValueSchema = z.union([z.number().int().min(1).max(5), z.literal("dk"), z.literal("na")]);

/** One customer as read from CUSTOMERS.json: `{ segment?, answers: { itemId: 1..5 | "dk" | "na" }, nps?, mark? }`. */
export const mirrorCustomerInputSchema = z.strictObject({
  segment: z.string().max(120).nullish(),
  answers: z.record(z.string().min(1).max(64), mirrorAnswerValueSchema),
  nps: z.number().int().min(0).max(10).nullish(),
  mark: z.number().int().min(1).max(10).nullish(),
});
export const mirrorCustomersInputSchema = z.array(mirrorCustomerInputSchema).max(100_000);

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
}

/** Customers' answers, checked against the questionnaire: every answered statement must be one of its items. */
export function readMirrorCustomers(raw: unknown, questionnaire: MirrorQuestionnaire): ReadResult<MirrorCustomer[]> {
  const parsed = mirrorCustomersInputSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `customers${pathOf(issue.path)}: ${issue.message}`),
    };
  }
  const known = new Set(questionnaire.items.map((item) => item.id));
  const problems = parsed.data.flatMap((customer, i) =>
    Object.keys(customer.answers)
      .filter((id) => !known.has(id))
      .map((id) => `customers[${i}].answers.${id}: not a statement of ${questionnaire.id} v${questionnaire.version}`),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** `npm run score` output (a self-scan): one respondent, a score per domain (null when insufficient). */
const scoreOutputSchema = z.object({
  questionnaireId: z.string(),
  questionnaireVersion: z.number(),
  overall: z.object({}),
  domains: z.array(z.object({ domainId: z.string(), score: z.number().min(0).max(100).nullable() })),
});

/** `npm run aggregate` output (a round): per domain the round's score and respondents, null where not shown. */
const aggregateOutputSchema = z.object({
  version: z.number(),
  questionnaireId: z.string(),
  questionnaireVersion: z.number(),
  domains: z.array(
    z.object({
      domainId: z.string(),
      shown: z.boolean(),
      respondents: z.number().int().min(0).nullable(),
      score: z.number().min(0).max(100).nullable(),
    }),
  ),
});

export type MirrorInsideRead = {
  inside: MirrorInside;
  /** What the file is: a self-scan's score or a round's aggregate. */
  kind: "score" | "aggregate";
  questionnaireId: string;
  questionnaireVersion: number;
};

/** The inside view from the output of `npm run score` (self-scan) or `npm run aggregate` (round). */
export function readMirrorInside(raw: unknown): ReadResult<MirrorInsideRead> {
  const asAggregate = aggregateOutputSchema.safeParse(raw);
  if (asAggregate.success) {
    const { questionnaireId, questionnaireVersion, domains } = asAggregate.data;
    return {
      ok: true,
      value: {
        kind: "aggregate",
        questionnaireId,
        questionnaireVersion,
        inside: {
          domains: domains.map((d) => ({
            domainId: d.domainId,
            score: d.shown ? d.score : null,
            respondents: d.shown ? (d.respondents ?? 0) : 0,
          })),
        },
      },
    };
  }
  const asScore = scoreOutputSchema.safeParse(raw);
  if (asScore.success) {
    const { questionnaireId, questionnaireVersion, domains } = asScore.data;
    return {
      ok: true,
      value: {
        kind: "score",
        questionnaireId,
        questionnaireVersion,
        inside: {
          domains: domains.map((d) => ({
            domainId: d.domainId,
            score: d.score,
            respondents: d.score === null ? 0 : 1,
          })),
        },
      },
    };
  }
  // Report against the shape it most looks like: a round aggregate has a version, a self-scan an overall.
  const looksLikeAggregate = typeof raw === "object" && raw !== null && "version" in raw;
  const issues = (looksLikeAggregate ? asAggregate : asScore).error?.issues ?? [];
  return {
    ok: false,
    problems: [
      "expected the output of npm run score (a self-scan) or npm run aggregate (a round)",
      ...issues.slice(0, 10).map((issue) => `inside${pathOf(issue.path)}: ${issue.message}`),
    ],
  };
}
