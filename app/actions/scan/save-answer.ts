"use server";

import { saveErrorKey } from "@/app/actions/scan/form-answers";
import { saveAnswerSchema } from "@/lib/schemas/scan";
import { defineValueAction } from "@/lib/server/actions/define-form-action";
import { saveAnswers } from "@/lib/server/scans/save-answers";

export type SaveAnswerResult = { ok: true } | { ok: false; message: string };

/** Called as each answer is given (from the page's script, with the answer, not a form); safe to repeat. */
export const saveAnswerAction = defineValueAction({
  schema: saveAnswerSchema,
  invalid: { ok: false, message: "errors.invalidAnswer" } as SaveAnswerResult,
  fallback: { ok: false, message: "error.title" } as SaveAnswerResult,
  handler: async (input): Promise<SaveAnswerResult> => {
    const saved = await saveAnswers({
      resumeToken: input.token,
      answers: [{ itemId: input.itemId, value: input.value }],
    });
    return saved.ok ? { ok: true } : { ok: false, message: saveErrorKey(saved.error) };
  },
});
