import type { Domain, Item, Questionnaire } from "@/lib/questionnaire/schema";

/** Any recorded answer, including "don't know", counts as answered for progress (not for scoring). */
export type AnswerMap = Readonly<Record<string, number | "na" | "dk" | undefined>>;

export type DomainProgress = { domainId: string; step: number; answered: number; total: number };

export function itemsOfDomain(q: Questionnaire, domainId: string): Item[] {
  return q.items.filter((item) => item.domain === domainId);
}

export function domainForStep(q: Questionnaire, step: number): Domain | undefined {
  return Number.isInteger(step) && step >= 1 ? q.domains[step - 1] : undefined;
}

export function domainProgress(q: Questionnaire, answers: AnswerMap): DomainProgress[] {
  return q.domains.map((domain, index) => {
    const items = itemsOfDomain(q, domain.id);
    return {
      domainId: domain.id,
      step: index + 1,
      answered: items.filter((item) => answers[item.id] !== undefined).length,
      total: items.length,
    };
  });
}

export function overallProgress(q: Questionnaire, answers: AnswerMap): { answered: number; total: number } {
  return { answered: q.items.filter((item) => answers[item.id] !== undefined).length, total: q.items.length };
}

/** The first step with an unanswered item, so "continue" lands where the respondent left off. */
export function resumeStep(q: Questionnaire, answers: AnswerMap): number | "review" {
  const open = domainProgress(q, answers).find((d) => d.answered < d.total);
  return open ? open.step : "review";
}

export function unansweredItems(q: Questionnaire, answers: AnswerMap): Item[] {
  return q.items.filter((item) => answers[item.id] === undefined);
}
