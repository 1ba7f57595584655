export {
  type AnswerFlag,
  answerFlags,
  DONT_KNOW_FLAG_SHARE,
  SAME_ANSWER_MIN_COUNT,
  SAME_ANSWER_MIN_SHARE,
  TWIN_CONTRADICTION_SHARE,
} from "@/lib/scoring/answer-flags";
export { AnswersFormatError, answersFromJson } from "@/lib/scoring/answers-from-json";
export { answersFromRecord } from "@/lib/scoring/answers-from-record";
export {
  comparePlanSteps,
  type FocusedPlan,
  focusedPlan,
  isLowStatement,
  PLAN_MAX_STEPS_PER_DOMAIN,
  PLAN_NEXT_STEPS,
  type PlanStep,
} from "@/lib/scoring/focused-plan";
export { InvalidAnswersError } from "@/lib/scoring/invalid-answers-error";
export { isAnswerValue } from "@/lib/scoring/is-answer-value";
export { levelForScore } from "@/lib/scoring/level-for-score";
export { normaliseMean } from "@/lib/scoring/normalise-mean";
export { reverseValue } from "@/lib/scoring/reverse-value";
export { scoreResponse } from "@/lib/scoring/score-response";
export {
  type DomainStatementInsight,
  INSIGHT_SIZE,
  type StatementDistribution,
  statementDistribution,
  statementInsight,
} from "@/lib/scoring/statement-insight";
export { type StatementAnswer, statementAnswers } from "@/lib/scoring/statement-values";
export type {
  AnswerInput,
  AnswerIssue,
  AnswerIssueCode,
  AnswerValue,
  DomainResult,
  DomainStatus,
  OverallResult,
  PrioritisedRecommendation,
  ScoreResult,
} from "@/lib/scoring/types";
export { validateAnswers } from "@/lib/scoring/validate-answers";
