import type { Recommendation } from "../questionnaire/schema";

export type AnswerValue = number | "na";
export type AnswerInput = { itemId: string; value: AnswerValue };

export type AnswerIssueCode = "unknown-item" | "not-on-scale" | "not-applicable-not-allowed" | "duplicate";
export type AnswerIssue = { itemId: string; code: AnswerIssueCode; message: string };

export type DomainStatus = "scored" | "insufficient";

export type DomainResult = {
  domainId: string;
  status: DomainStatus;
  /** Weighted mean on the answer scale after reverse-scoring; null when insufficient. */
  mean: number | null;
  /** Normalised 0–100, rounded to 2 decimals; null when insufficient. */
  score: number | null;
  /** Level id from the rounded score; null when insufficient. */
  level: string | null;
  answered: number;
  notApplicable: number;
  total: number;
};

export type OverallResult = {
  status: DomainStatus;
  score: number | null;
  level: string | null;
  answered: number;
  notApplicable: number;
  total: number;
};

export type PrioritisedRecommendation = {
  /** 1-based. */
  priority: number;
  domainId: string;
  levelId: string;
  recommendation: Recommendation;
};

export type ScoreResult = {
  questionnaireId: string;
  questionnaireVersion: number;
  /** In definition order. */
  domains: DomainResult[];
  overall: OverallResult;
  weakestDomains: string[];
  recommendations: PrioritisedRecommendation[];
};
