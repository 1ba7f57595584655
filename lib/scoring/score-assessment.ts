import type { Questionnaire } from "../questionnaire/schema";
import { answerFlags } from "./answer-flags";
import { focusedPlan } from "./focused-plan";
import { InvalidAnswersError } from "./invalid-answers-error";
import { prioritiseRecommendations } from "./prioritise-recommendations";
import { weakestDomains } from "./rank-domains";
import { scoreDomain } from "./score-domain";
import { scoreOverall } from "./score-overall";
import { statementInsight } from "./statement-insight";
import type { AnswerInput, AnswerValue, ScoreResult } from "./types";
import { validateAnswers } from "./validate-answers";

/** Scores a complete or partial set of answers; throws InvalidAnswersError rather than skip a bad answer. */
export function scoreAssessment(q: Questionnaire, answers: ReadonlyArray<AnswerInput>): ScoreResult {
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
    flags: answerFlags(q, answers),
  };
}
