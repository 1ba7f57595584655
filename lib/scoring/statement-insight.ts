import type { Item, Questionnaire } from "@/lib/questionnaire/schema";
import { type StatementAnswer, statementAnswers } from "@/lib/scoring/statement-values";
import type { AnswerInput } from "@/lib/scoring/types";

/** How many strongest and weakest statements a domain shows. */
export const INSIGHT_SIZE = 2;

export type DomainStatementInsight = {
  domainId: string;
  /** Highest scored first; only statements that score above the domain's lowest answer. */
  strongest: StatementAnswer[];
  /** Lowest scored first; only statements that score below the domain's highest answer. */
  weakest: StatementAnswer[];
  /** Every statement answered on the scale scored the same: there is no strongest or weakest. */
  allSame: boolean;
  answered: number;
};

/**
 * Per domain (definition order) the strongest and weakest statements with the answer given. With n answered
 * statements each list holds at most min(INSIGHT_SIZE, ⌊n/2⌋), so the two never overlap; ties keep
 * definition order.
 */
export function statementInsight(q: Questionnaire, answers: ReadonlyArray<AnswerInput>): DomainStatementInsight[] {
  const all = statementAnswers(q, answers);
  return q.domains.map((domain) => {
    const answered = all.filter((s) => s.domainId === domain.id);
    const size = Math.min(INSIGHT_SIZE, Math.floor(answered.length / 2));
    const values = answered.map((s) => s.scored);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const allSame = answered.length > 0 && low === high;
    const ascending = [...answered].sort((a, b) => a.scored - b.scored);
    const descending = [...answered].sort((a, b) => b.scored - a.scored);
    return {
      domainId: domain.id,
      strongest: descending.filter((s) => s.scored > low).slice(0, size),
      weakest: ascending.filter((s) => s.scored < high).slice(0, size),
      allSame,
      answered: answered.length,
    };
  });
}

/**
 * How a highlighted statement reads. The lists go by the scored value (after reversal), so a negatively worded
 * statement ("customers have to tell their story again") is a strength when it hardly happens and a weakness when
 * it happens widely; said as such, it does not read as praise for the bad practice.
 */
export type HighlightReading = "plain" | "reverseStrength" | "reverseWeakness";

export function highlightReading(item: Pick<Item, "reverse">, side: "strongest" | "weakest"): HighlightReading {
  if (!item.reverse) return "plain";
  return side === "strongest" ? "reverseStrength" : "reverseWeakness";
}

export type StatementDistribution = {
  itemId: string;
  domainId: string;
  /** Respondents per scale value (answer as given, not reverse-scored), in scale order. */
  counts: Array<{ value: number; count: number }>;
  notApplicable: number;
  dontKnow: number;
  unanswered: number;
};

/** For a team round: per statement how many respondents gave each answer. */
export function statementDistribution(
  q: Questionnaire,
  answerSets: ReadonlyArray<ReadonlyArray<AnswerInput>>,
): StatementDistribution[] {
  const maps = answerSets.map((answers) => new Map(answers.map((a) => [a.itemId, a.value])));
  return q.items.map((item) => {
    const given = maps.map((map) => map.get(item.id));
    return {
      itemId: item.id,
      domainId: item.domain,
      counts: q.scale.points.map((point) => ({
        value: point.value,
        count: given.filter((value) => value === point.value).length,
      })),
      notApplicable: given.filter((value) => value === "na").length,
      dontKnow: given.filter((value) => value === "dk").length,
      unanswered: given.filter((value) => value === undefined).length,
    };
  });
}
