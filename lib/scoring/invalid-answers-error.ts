import type { AnswerIssue } from "@/lib/scoring/types";

export class InvalidAnswersError extends Error {
  constructor(readonly issues: AnswerIssue[]) {
    const count = issues.length === 1 ? "1 invalid answer" : `${issues.length} invalid answers`;
    super([`${count}:`, ...issues.map((issue) => `  - ${issue.message}`)].join("\n"));
    this.name = "InvalidAnswersError";
  }
}
