export type RoundInputIssue = { path: string; message: string };

/** Thrown when responses cannot be aggregated; names every problem with its path, e.g. `responses[2].team`. */
export class RoundInputError extends Error {
  constructor(readonly issues: RoundInputIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super([`${count} in the responses:`, ...issues.map((issue) => `  - ${issue.path}: ${issue.message}`)].join("\n"));
    this.name = "RoundInputError";
  }
}
