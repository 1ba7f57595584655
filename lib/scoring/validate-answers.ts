import type { AnswerScale, Questionnaire } from "@/lib/questionnaire/schema";
import { isAnswerValue } from "@/lib/scoring/is-answer-value";
import type { AnswerInput, AnswerIssue } from "@/lib/scoring/types";

function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  return JSON.stringify(value) ?? String(value);
}

function allowedValues(scale: AnswerScale): string {
  const points = scale.points.map((point) => point.value).join(", ");
  const extra = [
    scale.notApplicable ? (scale.dontKnow ? `"na" (not applicable)` : `"na" (don't know / not applicable)`) : null,
    scale.dontKnow ? `"dk" (don't know)` : null,
  ].filter((part): part is string => part !== null);
  return extra.length > 0 ? `${points} or ${extra.join(" or ")}` : points;
}

function valueIssue(scale: AnswerScale, answer: AnswerInput): AnswerIssue | null {
  if (isAnswerValue(scale, answer.value)) return null;
  const { itemId, value } = answer;
  if (value === "na") {
    return {
      itemId,
      code: "not-applicable-not-allowed",
      message: `Item "${itemId}" was answered "na", but this questionnaire has no "don't know / not applicable" option; allowed values are ${allowedValues(scale)}.`,
    };
  }
  if (value === "dk") {
    return {
      itemId,
      code: "dont-know-not-allowed",
      message: `Item "${itemId}" was answered "dk", but this questionnaire has no separate "don't know" option; allowed values are ${allowedValues(scale)}.`,
    };
  }
  return {
    itemId,
    code: "not-on-scale",
    message: `Answer for item "${itemId}" must be one of ${allowedValues(scale)}; got ${describeValue(value)}.`,
  };
}

/** Every problem with a set of answers; an empty list means they can be scored. */
export function validateAnswers(q: Questionnaire, answers: ReadonlyArray<AnswerInput>): AnswerIssue[] {
  const itemIds = new Set(q.items.map((item) => item.id));
  const seen = new Set<string>();
  const issues: AnswerIssue[] = [];
  for (const answer of answers) {
    const { itemId } = answer;
    if (seen.has(itemId)) {
      issues.push({
        itemId,
        code: "duplicate",
        message: `Item "${itemId}" is answered more than once; give one answer per item.`,
      });
    }
    seen.add(itemId);
    if (!itemIds.has(itemId)) {
      issues.push({
        itemId,
        code: "unknown-item",
        message: `Item "${itemId}" is not part of questionnaire "${q.id}" (version ${q.version}).`,
      });
      continue;
    }
    const issue = valueIssue(q.scale, answer);
    if (issue) issues.push(issue);
  }
  return issues;
}
