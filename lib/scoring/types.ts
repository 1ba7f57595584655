import type { Recommendation } from "@/lib/questionnaire/schema";
import type { AnswerFlag } from "@/lib/scoring/answer-flags";
import type { FocusedPlan } from "@/lib/scoring/focused-plan";
import type { DomainStatementInsight } from "@/lib/scoring/statement-insight";

/** A scale point, "na" (not applicable; in v1 the single "don't know / n.a." answer) or "dk" (don't know). */
export type AnswerValue = number | "na" | "dk";
export type AnswerInput = { itemId: string; value: AnswerValue };

export type AnswerIssueCode =
  | "unknown-item"
  | "not-on-scale"
  | "not-applicable-not-allowed"
  | "dont-know-not-allowed"
  | "duplicate";
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
  /** Items answered on the scale (the ones that count). */
  answered: number;
  /** Items answered "na": not applicable (in v1: "don't know / n.a."). */
  notApplicable: number;
  /** Items answered "dk": don't know. */
  dontKnow: number;
  total: number;
};

export type OverallResult = {
  status: DomainStatus;
  score: number | null;
  level: string | null;
  answered: number;
  notApplicable: number;
  dontKnow: number;
  total: number;
  /** Domains that got a score, and how many the questionnaire needs for an overall score. */
  scoredDomains: number;
  requiredDomains: number;
  /** Domains without a score (definition order): the ones to answer for an overall score. */
  missingDomains: string[];
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
  /** True for a quick scan: its result is an indication, not a measurement. */
  indicative: boolean;
  /** In definition order. */
  domains: DomainResult[];
  overall: OverallResult;
  weakestDomains: string[];
  /** Every scored domain's recommendations, weakest domain first, in file order within a domain (as in v1). */
  recommendations: PrioritisedRecommendation[];
  /** The focused action plan: three next steps tied to the lowest statements, then the rest by domain. */
  plan: FocusedPlan;
  /** Per domain the strongest and weakest statements with the answer given. */
  insight: DomainStatementInsight[];
  /** Answer patterns for the consultant to look at. */
  flags: AnswerFlag[];
};
