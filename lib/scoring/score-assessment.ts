import type { Questionnaire } from "../questionnaire/schema";
import { InvalidAnswersError } from "./invalid-answers-error";
import { prioritiseRecommendations } from "./prioritise-recommendations";
import { weakestDomains } from "./rank-domains";
import { scoreDomain } from "./score-domain";
import { scoreOverall } from "./score-overall";
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
    domains,
    overall: scoreOverall(q, domains, byItem),
    weakestDomains: weakestDomains(domains),
    recommendations: prioritiseRecommendations(q, domains),
  };
}
