import type { Questionnaire } from "@/lib/questionnaire/schema";
import { itemValue } from "@/lib/scoring/item-value";
import type { AnswerInput, AnswerValue } from "@/lib/scoring/types";

/** One statement answered on the scale: the answer given and the value it scores (reverse-scored). */
export type StatementAnswer = { itemId: string; domainId: string; answer: number; scored: number };

export function answerMap(answers: ReadonlyArray<AnswerInput>): Map<string, AnswerValue> {
  return new Map(answers.map((answer) => [answer.itemId, answer.value]));
}

/** Every statement answered on the scale, in definition order; non-answers and open items are left out. */
export function statementAnswers(q: Questionnaire, answers: ReadonlyArray<AnswerInput>): StatementAnswer[] {
  const byItem = answerMap(answers);
  return q.items.flatMap((item) => {
    const answer = byItem.get(item.id);
    const scored = itemValue(q.scale, item, answer);
    return typeof answer === "number" && scored !== null
      ? [{ itemId: item.id, domainId: item.domain, answer, scored }]
      : [];
  });
}
