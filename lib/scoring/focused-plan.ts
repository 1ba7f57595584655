import type { Questionnaire, Recommendation } from "@/lib/questionnaire/schema";
import { rankScoredDomains } from "@/lib/scoring/rank-domains";
import { scaleBounds } from "@/lib/scoring/scale-bounds";
import { type StatementAnswer, statementAnswers } from "@/lib/scoring/statement-values";
import type { AnswerInput, DomainResult } from "@/lib/scoring/types";

/** How many next steps open the plan, and how many of them one domain may take. */
export const PLAN_NEXT_STEPS = 3;
export const PLAN_MAX_STEPS_PER_DOMAIN = 2;

export type PlanStep = {
  domainId: string;
  levelId: string;
  domainScore: number;
  recommendation: Recommendation;
  /** The statements it addresses that were answered on the scale, lowest scored first. */
  addressed: StatementAnswer[];
  /** Lowest scored value among them; null when none was answered on the scale. */
  lowest: number | null;
  /** How many of them are low: scored at or below the middle of the scale. */
  lowAddressed: number;
};

export type FocusedPlan = {
  /** The next steps that matter most, in order. */
  next: PlanStep[];
  /** The other recommendations of every scored domain, weakest domain first. */
  byDomain: Array<{ domainId: string; levelId: string; steps: PlanStep[] }>;
};

/** A statement is low when it scores at or below the middle of the scale (e.g. 3 or less on 1–5). */
export function isLowStatement(q: Questionnaire, scored: number): boolean {
  const { min, max } = scaleBounds(q.scale);
  return scored <= (min + max) / 2;
}

/**
 * Priority order, never file order: weakest domain first, then the recommendation tied to the lowest
 * statement, then the one addressing more low statements, then its id (alphabetical), so equal cases
 * are still ordered the same way every time.
 */
export function comparePlanSteps(a: PlanStep, b: PlanStep): number {
  return (
    a.domainScore - b.domainScore ||
    (a.lowest ?? Number.POSITIVE_INFINITY) - (b.lowest ?? Number.POSITIVE_INFINITY) ||
    b.lowAddressed - a.lowAddressed ||
    (a.recommendation.id < b.recommendation.id ? -1 : a.recommendation.id > b.recommendation.id ? 1 : 0)
  );
}

function stepsOf(q: Questionnaire, domain: DomainResult, answered: ReadonlyMap<string, StatementAnswer>): PlanStep[] {
  const definition = q.domains.find((d) => d.id === domain.domainId);
  if (!definition || domain.level === null || domain.score === null) return [];
  const { level, score } = domain;
  return (definition.recommendations[level] ?? []).map((recommendation) => {
    const addressed = (recommendation.addresses ?? [])
      .flatMap((itemId) => answered.get(itemId) ?? [])
      .sort((a, b) => a.scored - b.scored);
    return {
      domainId: domain.domainId,
      levelId: level,
      domainScore: score,
      recommendation,
      addressed,
      lowest: addressed[0]?.scored ?? null,
      lowAddressed: addressed.filter((s) => isLowStatement(q, s.scored)).length,
    };
  });
}

/**
 * The action plan: the scored domains' recommendations for their level, opening with the
 * PLAN_NEXT_STEPS that matter most — in priority order, first those tied to a low statement, at most
 * PLAN_MAX_STEPS_PER_DOMAIN from one domain so the two weakest domains both get a step — then the rest
 * grouped by domain, weakest domain first.
 */
export function focusedPlan(
  q: Questionnaire,
  result: { domains: ReadonlyArray<DomainResult> },
  answers: ReadonlyArray<AnswerInput>,
): FocusedPlan {
  const answered = new Map(statementAnswers(q, answers).map((s) => [s.itemId, s]));
  const ranked = rankScoredDomains(result.domains);
  const all = ranked.flatMap((domain) => stepsOf(q, domain, answered)).sort(comparePlanSteps);
  const next: PlanStep[] = [];
  const take = (candidates: PlanStep[], capped: boolean) => {
    for (const step of candidates) {
      if (next.length === PLAN_NEXT_STEPS) return;
      if (next.includes(step)) continue;
      const fromDomain = next.filter((chosen) => chosen.domainId === step.domainId).length;
      if (capped && fromDomain >= PLAN_MAX_STEPS_PER_DOMAIN) continue;
      next.push(step);
    }
  };
  // First the steps tied to a low statement, then any others; the cap is dropped only when nothing else is left.
  take(
    all.filter((step) => step.lowAddressed > 0),
    true,
  );
  take(all, true);
  take(all, false);
  const rest = all.filter((step) => !next.includes(step));
  const byDomain = ranked.flatMap((domain) => {
    const steps = rest.filter((step) => step.domainId === domain.domainId);
    return steps.length > 0 && domain.level !== null
      ? [{ domainId: domain.domainId, levelId: domain.level, steps }]
      : [];
  });
  return { next, byDomain };
}
