import { RESPONDENT_ROLES, type RespondentRole } from "@/lib/questionnaire/respondent-roles";
import type { Item, Questionnaire } from "@/lib/questionnaire/schema";
import { scaleBounds } from "@/lib/scoring/scale-bounds";
import { answerMap, statementAnswers } from "@/lib/scoring/statement-values";
import type { AnswerInput } from "@/lib/scoring/types";

/** "Same answer everywhere" needs at least this share of all statements answered on the scale… */
export const SAME_ANSWER_MIN_SHARE = 0.5;
/** …and at least this many answers, so two identical answers are not a pattern. */
export const SAME_ANSWER_MIN_COUNT = 6;
/** A domain is flagged when more than this share of its statements is answered "don't know". */
export const DONT_KNOW_FLAG_SHARE = 1 / 3;
/** Twins contradict when their scored values differ by at least this share of the scale's range. */
export const TWIN_CONTRADICTION_SHARE = 0.5;

export type AnswerFlag =
  | { code: "same-answer-everywhere"; answer: number; count: number }
  | { code: "many-dont-know"; domainId: string; dontKnow: number; total: number }
  | {
      code: "twin-contradiction";
      domainId: string;
      itemId: string;
      twinId: string;
      answer: number;
      twinAnswer: number;
    };

function sameAnswerFlag(q: Questionnaire, answers: ReadonlyArray<AnswerInput>): AnswerFlag[] {
  const given = statementAnswers(q, answers);
  const first = given[0];
  if (!first || given.length < SAME_ANSWER_MIN_COUNT) return [];
  if (given.length / q.items.length < SAME_ANSWER_MIN_SHARE) return [];
  if (given.some((s) => s.answer !== first.answer)) return [];
  return [{ code: "same-answer-everywhere", answer: first.answer, count: given.length }];
}

/** Who answered: the respondent's role as stored on the response (free text in the database). */
export interface Respondent {
  role?: string | null;
}

function isRespondentRole(role: string | null | undefined): role is RespondentRole {
  return (RESPONDENT_ROLES as readonly string[]).includes(role ?? "");
}

/**
 * The statements a respondent can be expected to know about. From v3 on, statements name the roles that can
 * judge them (`audience`): an employee's "don't know" on a board-agenda statement is an honest answer, not a
 * gap in knowledge, so it must not tip the flag. Without audiences (v1/v2) or a known role, every statement.
 */
function judgeable(items: Item[], respondent: Respondent): Item[] {
  const { role } = respondent;
  if (!isRespondentRole(role)) return items;
  return items.filter((item) => !item.audience || item.audience.includes(role));
}

function dontKnowFlags(q: Questionnaire, answers: ReadonlyArray<AnswerInput>, respondent: Respondent): AnswerFlag[] {
  const byItem = answerMap(answers);
  // In a scale without a separate "don't know" (v1), "na" is the single "don't know / n.a." answer.
  const dontKnowValue = q.scale.dontKnow ? "dk" : "na";
  return q.domains.flatMap((domain) => {
    const items = judgeable(
      q.items.filter((item) => item.domain === domain.id),
      respondent,
    );
    if (items.length === 0) return [];
    const dontKnow = items.filter((item) => byItem.get(item.id) === dontKnowValue).length;
    return dontKnow / items.length > DONT_KNOW_FLAG_SHARE
      ? [{ code: "many-dont-know" as const, domainId: domain.id, dontKnow, total: items.length }]
      : [];
  });
}

function twinFlags(q: Questionnaire, answers: ReadonlyArray<AnswerInput>): AnswerFlag[] {
  const { min, max } = scaleBounds(q.scale);
  const given = new Map(statementAnswers(q, answers).map((s) => [s.itemId, s]));
  const seen = new Set<string>();
  return q.items.flatMap((item) => {
    if (!item.twin) return [];
    const pair = [item.id, item.twin].sort().join("|");
    if (seen.has(pair)) return [];
    seen.add(pair);
    const own = given.get(item.id);
    const twin = given.get(item.twin);
    if (!own || !twin) return [];
    if (Math.abs(own.scored - twin.scored) < TWIN_CONTRADICTION_SHARE * (max - min)) return [];
    return [
      {
        code: "twin-contradiction" as const,
        domainId: item.domain,
        itemId: item.id,
        twinId: item.twin,
        answer: own.answer,
        twinAnswer: twin.answer,
      },
    ];
  });
}

/**
 * Patterns a consultant should look at before trusting a result: the same answer everywhere, many
 * "don't know" answers in a domain (among the statements the respondent's role can judge), and a statement
 * contradicting its reverse-worded twin.
 */
export function answerFlags(
  q: Questionnaire,
  answers: ReadonlyArray<AnswerInput>,
  respondent: Respondent = {},
): AnswerFlag[] {
  return [...sameAnswerFlag(q, answers), ...dontKnowFlags(q, answers, respondent), ...twinFlags(q, answers)];
}
