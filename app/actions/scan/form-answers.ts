import type { SaveAnswersResult } from "@/lib/server/scans/save-answers";

const ANSWER_FIELD = "answer.";

/** Radio groups are named `answer.<itemId>`; values are a scale point or "na". Unanswered items are absent. */
export function answersFromFormData(formData: FormData): Array<{ itemId: string; value: number | "na" | string }> {
  const answers: Array<{ itemId: string; value: number | "na" | string }> = [];
  for (const [key, raw] of formData.entries()) {
    if (!key.startsWith(ANSWER_FIELD) || typeof raw !== "string") continue;
    const value = raw === "na" ? "na" : /^-?\d+$/.test(raw) ? Number(raw) : raw;
    answers.push({ itemId: key.slice(ANSWER_FIELD.length), value });
  }
  return answers;
}

export function saveErrorKey(error: Exclude<SaveAnswersResult, { ok: true }>["error"]): string {
  switch (error) {
    case "not-found":
      return "errors.scanNotFound";
    case "submitted":
      return "errors.alreadySubmitted";
    case "closed":
      return "errors.roundClosed";
    case "invalid-answers":
      return "errors.invalidAnswer";
  }
}
