import type { Questionnaire } from "@/lib/questionnaire/schema";
import { answerFlags, type Respondent } from "@/lib/scoring/answer-flags";
import { focusedPlan } from "@/lib/scoring/focused-plan";
import { InvalidAnswersError } from "@/lib/scoring/invalid-answers-error";
import { prioritiseRecommendations } from "@/lib/scoring/prioritise-recommendations";
import { weakestDomains } from "@/lib/scoring/rank-domains";
import { scoreDomain } from "@/lib/scoring/score-domain";
import { scoreOverall } from "@/lib/scoring/score-overall";
import { statementInsight } from "@/lib/scoring/statement-insight";
import type { AnswerInput, AnswerValue, ScoreResult } from "@/lib/scoring/types";
import { validateAnswers } from "@/lib/scoring/validate-answers";

/**
 * Scores a complete or partial set of answers; throws InvalidAnswersError rather than skip a bad answer.
 * The respondent (their role) only tunes the consultant flags; scores never depend on who answered.
 */
export function scoreResponse(
  q: Questionnaire,
  answers: ReadonlyArray<AnswerInput>,
  respondent: Respondent = {},
): ScoreResult {
  const issues = validateAnswers(q, answers);
  if (issues.length > 0) throw new InvalidAnswersError(issues);
  const byItem = new Map<string, AnswerValue>(answers.map((answer) => [answer.itemId, answer.value]));
  const domains = q.domains.map((domain) => scoreDomain(q, domain, byItem));
  return {
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    indicative: q.kind === "quick",
    domains,
    overall: scoreOverall(q, domains, byItem),
    weakestDomains: weakestDomains(domains),
    recommendations: prioritiseRecommendations(q, domains),
    plan: focusedPlan(q, { domains }, answers),
    insight: statementInsight(q, answers),
    flags: answerFlags(q, answers, respondent),
  };
}
