export { AnswersFormatError, answersFromJson } from "./answers-from-json";
export { answersFromRecord } from "./answers-from-record";
export { domainLevelText } from "./domain-level-text";
export { InvalidAnswersError } from "./invalid-answers-error";
export { isAnswerValue } from "./is-answer-value";
export { levelForScore } from "./level-for-score";
export { normaliseMean } from "./normalise-mean";
export { reverseValue } from "./reverse-value";
export { scoreAssessment } from "./score-assessment";
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
