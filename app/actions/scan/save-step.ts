"use server";

import { redirect } from "next/navigation";
import { answersFromFormData, saveErrorKey } from "@/app/actions/scan/form-answers";
import { saveAnswersSchema } from "@/app/actions/scan/save-step.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { saveAnswers } from "@/lib/server/scans/save-answers";

function stepHref(token: string, target: string): string {
  return target === "overview" ? `/scan/${token}` : `/scan/${token}/${target}`;
}

/** The page's form: saves every answer on it (also without JavaScript), then moves to the chosen step. */
export const saveStepAction = defineFormAction({
  access: "public",
  schema: saveAnswersSchema,
  read: (formData) => ({ token: String(formData.get("token") ?? ""), answers: answersFromFormData(formData) }),
  invalid: () => ({ status: "error", message: "errors.invalidAnswer" }),
  handler: async ({ token, answers }, { formData }) => {
    const saved = await saveAnswers({ resumeToken: token, answers });
    if (!saved.ok && (saved.error === "submitted" || saved.error === "closed")) redirect(`/scan/${token}`);
    if (!saved.ok) return { status: "error", message: saveErrorKey(saved.error) };
    const target = String(formData.get("goto") ?? "");
    redirect(/^(\d{1,2}|review|overview)$/.test(target) ? stepHref(token, target) : `/scan/${token}`);
  },
});
