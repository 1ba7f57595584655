export {
  type AnswerFlag,
  answerFlags,
  DONT_KNOW_FLAG_SHARE,
  SAME_ANSWER_MIN_COUNT,
  SAME_ANSWER_MIN_SHARE,
  TWIN_CONTRADICTION_SHARE,
} from "./answer-flags";
export { AnswersFormatError, answersFromJson } from "./answers-from-json";
export { answersFromRecord } from "./answers-from-record";
export { domainLevelText } from "./domain-level-text";
export {
  comparePlanSteps,
  type FocusedPlan,
  focusedPlan,
  isLowStatement,
  PLAN_MAX_STEPS_PER_DOMAIN,
  PLAN_NEXT_STEPS,
  type PlanStep,
} from "./focused-plan";
export { InvalidAnswersError } from "./invalid-answers-error";
export { isAnswerValue } from "./is-answer-value";
export { levelForScore } from "./level-for-score";
export { normaliseMean } from "./normalise-mean";
export { reverseValue } from "./reverse-value";
export { scoreAssessment } from "./score-assessment";
export {
  type DomainStatementInsight,
  INSIGHT_SIZE,
  type StatementDistribution,
  statementDistribution,
  statementInsight,
} from "./statement-insight";
export { type StatementAnswer, statementAnswers } from "./statement-values";
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
} from "./types";
export { validateAnswers } from "./validate-answers";
